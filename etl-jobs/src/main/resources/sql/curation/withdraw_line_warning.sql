-- A stored line's warning of one code goes (its classification moved): returns the column it named.
delete from etl_warning
where submission_key = ? and sheet = ? and row_number = ? and warning_code = ?
returning column_name
