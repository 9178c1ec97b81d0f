insert into dim_submission (
    submission_key, file_name, sha256, reporting_iso3, period, operation_code, version,
    submitted_on, decimal_separator, uses_1904_dates, received_at, status, is_nil_return, rows_read, rows_loaded, rows_rejected,
    rows_skipped, warnings, message, duplicate_of)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
