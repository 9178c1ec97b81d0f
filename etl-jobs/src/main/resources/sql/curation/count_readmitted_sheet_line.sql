-- One line of the sheet moves from rejected to loaded.
update submission_sheet
set rows_loaded = rows_loaded + 1,
    rows_rejected = rows_rejected - 1
where submission_key = ? and sheet = ?
