delete from etl_rejected_line where submission_key = ?
