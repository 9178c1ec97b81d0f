-- dim_submission: every received return file and what became of it.
-- grain: one received file. key: submission_key, taken by the loader from seq_submission_key.
-- status: loaded (the current version of its return), superseded (a newer version is current),
-- rejected (the whole file was refused; message says why), duplicate (same content as duplicate_of).
-- decimal_separator and uses_1904_dates: how the return's numbers typed as text and date serials read,
-- kept so that a stored rejected line can be validated again exactly as at ingest.
create sequence seq_submission_key start 1;

create table dim_submission (
    submission_key integer primary key default nextval('seq_submission_key'),
    file_name      varchar not null,
    sha256         varchar not null,
    reporting_iso3 varchar,
    period         date,
    operation_code varchar,
    version        integer,
    submitted_on   date,
    decimal_separator varchar check (decimal_separator in ('.', ',')),
    uses_1904_dates boolean,
    received_at    timestamp not null,
    status         varchar not null check (status in ('loaded', 'rejected', 'superseded', 'duplicate')),
    is_nil_return  boolean not null default false,
    rows_read      integer not null default 0,
    rows_loaded    integer not null default 0,
    rows_rejected  integer not null default 0,
    rows_skipped   integer not null default 0,
    warnings       integer not null default 0,
    message        varchar,
    duplicate_of   integer
);
