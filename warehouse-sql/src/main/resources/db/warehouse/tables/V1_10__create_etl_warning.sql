-- etl_warning: every warning about a loaded line or file (the line was loaded nevertheless).
-- grain: one warning. key: warning_key (assigned by the loader).
create table etl_warning (
    warning_key    bigint    not null,
    submission_key integer,
    file_name      varchar   not null,
    sheet          varchar,
    row_number     integer,
    case_ref       varchar,
    column_name    varchar,
    raw_value      varchar,
    warning_code   varchar   not null,
    message        varchar   not null,
    created_at     timestamp not null
);
