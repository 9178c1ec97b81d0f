-- etl_reject: every rejected line, or rejected file (sheet and row_number null).
-- grain: one rejection. key: reject_key (assigned by the loader).
-- case_ref is the case reference of the row as typed (cleaned), to find the line again.
-- row_number is 1-based as the spreadsheet shows it; reason_code is stable upper snake case;
-- message is in plain words for the sender.
create table etl_reject (
    reject_key     bigint    not null,
    submission_key integer,
    file_name      varchar   not null,
    sheet          varchar,
    row_number     integer,
    case_ref       varchar,
    column_name    varchar,
    raw_value      varchar,
    reason_code    varchar   not null,
    message        varchar   not null,
    created_at     timestamp not null
);
