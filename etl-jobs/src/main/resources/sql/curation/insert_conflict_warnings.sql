-- The new COMMODITY_HS_CONFLICT warnings, as the ingest writes them (raw value: the commodity text).
-- Parameters: the code, the time.
insert into etl_warning (warning_key, submission_key, file_name, sheet, row_number, case_ref, column_name,
                         raw_value, warning_code, message, created_at)
select (select coalesce(max(warning_key), 0) from etl_warning) + row_number() over (order by line_key),
       submission_key, file_name, sheet, row_number, case_ref, column_name, commodity_text, ?, conflict, ?
from conflict_moves
where conflict is not null
