-- Received files that have something to tell their sender: lines rejected, warnings, or the whole
-- file rejected. A duplicate (bytes already received) gets no feedback of its own.
-- grain: one submission received at or after parameter 1. key: submission_key.
with submissions as (
    select * from main.dim_submission
),

to_tell as (
    select submission_key, file_name, status, received_at,
           rows_read, rows_loaded, rows_rejected, rows_skipped, warnings
    from submissions
    where received_at >= ?
      and status <> 'duplicate'
      and (status = 'rejected' or rows_rejected > 0 or warnings > 0)
)

select * from to_tell
order by submission_key
