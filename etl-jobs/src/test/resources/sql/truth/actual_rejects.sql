-- rejected lines with the file they came from and the row's case reference
select file_name, sheet, row_number, reason_code, coalesce(case_ref, '') as case_ref
from etl_reject
where row_number is not null
