delete from etl_reject where submission_key = ?
