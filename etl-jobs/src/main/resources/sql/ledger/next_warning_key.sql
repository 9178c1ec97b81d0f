select coalesce(max(warning_key), 0) + 1 from etl_warning
