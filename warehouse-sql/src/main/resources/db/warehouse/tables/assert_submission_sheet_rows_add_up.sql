-- every seizure sheet's rows read = loaded + rejected + skipped, and the sheets add up to their file
with sheets as (
    select submission_key,
           sum(rows_read) as rows_read, sum(rows_loaded) as rows_loaded,
           sum(rows_rejected) as rows_rejected, sum(rows_skipped) as rows_skipped,
           bool_or(rows_read <> rows_loaded + rows_rejected + rows_skipped) as sheet_does_not_add_up
    from submission_sheet
    group by submission_key
)
select s.submission_key, s.file_name
from dim_submission as s
join sheets as t using (submission_key)
where t.sheet_does_not_add_up
   or s.rows_read <> t.rows_read
   or s.rows_loaded <> t.rows_loaded
   or s.rows_rejected <> t.rows_rejected
   or s.rows_skipped <> t.rows_skipped
