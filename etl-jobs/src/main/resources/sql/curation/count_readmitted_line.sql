-- One line of the submission moves from rejected to loaded (and brings its warnings).
update dim_submission
set rows_loaded = rows_loaded + 1,
    rows_rejected = rows_rejected - 1,
    warnings = warnings + ?
where submission_key = ?
