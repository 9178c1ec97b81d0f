-- What one submission's sender must be told: its rejections and its warnings, in sheet and row order.
-- grain: one rejection or warning of submission parameter 1 (rejections) / parameter 2 (warnings).
-- A rejection of the whole file has no sheet and no row.
with rejects as (
    select sheet, row_number, column_name, raw_value, reason_code as code, message,
           true as is_rejection, reject_key as issue_key
    from main.etl_reject
    where submission_key = ?
),

warnings as (
    select sheet, row_number, column_name, raw_value, warning_code as code, message,
           false as is_rejection, warning_key as issue_key
    from main.etl_warning
    where submission_key = ?
),

issues as (
    select * from rejects
    union all
    select * from warnings
)

select sheet, row_number, column_name, raw_value, code, message, is_rejection
from issues
order by sheet nulls first, row_number nulls first, is_rejection desc, issue_key
