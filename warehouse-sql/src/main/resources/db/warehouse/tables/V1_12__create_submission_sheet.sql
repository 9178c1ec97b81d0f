-- submission_sheet: every sheet of every received file that was read, and what became of its rows.
-- grain: one sheet of one submission. key: (submission_key, sheet).
-- kind: 'seizure' (a header row was recognised; its rows were read), 'cover', or 'ignored'
-- (instructions, drop-down lists, charts...: note says why). For a seizure sheet,
-- rows_read = rows_loaded + rows_rejected + rows_skipped: nothing is dropped silently.
create table submission_sheet (
    submission_key integer not null,
    sheet          varchar not null,
    kind           varchar not null check (kind in ('seizure', 'cover', 'ignored')),
    header_row     integer,
    rows_read      integer not null default 0,
    rows_loaded    integer not null default 0,
    rows_rejected  integer not null default 0,
    rows_skipped   integer not null default 0,
    note           varchar,
    primary key (submission_key, sheet)
);
