-- A warning about a re-admitted line.
insert into etl_warning (warning_key, submission_key, file_name, sheet, row_number, case_ref, column_name,
                         raw_value, warning_code, message, created_at)
values ((select coalesce(max(warning_key), 0) + 1 from etl_warning), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
