-- etl_rejected_line: the raw cells of every rejected line, kept so that a line rejected only
-- because of an unknown unit or country can be admitted again after the data team adds an alias
-- (./seizures reclassify), without reading the original file again.
-- grain: one rejected line. key: (submission_key, sheet, row_number).
-- cells: field key (case_ref, quantity, ...) -> the cell as stored, encoded "<kind>:<value>"
-- (N number, D date-time, T text, B boolean, E error, F formula without value);
-- headers: field key -> the column header as the sender wrote it.
create table etl_rejected_line (
    submission_key   integer not null,
    sheet            varchar not null,
    row_number       integer not null,
    cells            map(varchar, varchar) not null,
    headers          map(varchar, varchar) not null,
    unit_from_header varchar,
    primary key (submission_key, sheet, row_number)
);
