-- One sheet of a received file; its headers come as parallel lists of field keys and header texts (both null,
-- and so the map, for a sheet that is not a seizure sheet).
insert into submission_sheet (submission_key, sheet, kind, header_row, rows_read, rows_loaded, rows_rejected,
                              rows_skipped, note, headers)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, map(?::varchar[], ?::varchar[]))
