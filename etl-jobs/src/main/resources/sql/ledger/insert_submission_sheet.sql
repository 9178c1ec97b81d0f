insert into submission_sheet (submission_key, sheet, kind, header_row, rows_read, rows_loaded, rows_rejected,
                              rows_skipped, note)
values (?, ?, ?, ?, ?, ?, ?, ?, ?)
