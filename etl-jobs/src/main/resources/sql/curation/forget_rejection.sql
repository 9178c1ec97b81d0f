-- A re-admitted line is no longer rejected: its faults go (its raw cells go with forget_rejected_line.sql).
delete from etl_reject where submission_key = ? and sheet = ? and row_number = ?
