delete from etl_warning where submission_key = ?
