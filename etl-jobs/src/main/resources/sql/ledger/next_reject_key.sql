select coalesce(max(reject_key), 0) + 1 from etl_reject
