-- the file came in a week before it was ingested (stands for "received last week")
update dim_submission
set received_at = received_at - interval 7 day
where file_name = ?
