-- The raw cells of a re-admitted line, which is now a fact.
delete from etl_rejected_line where submission_key = ? and sheet = ? and row_number = ?
