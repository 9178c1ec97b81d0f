-- The rejected lines reclassify re-admits, one row per line, appended while their stored cells are validated
-- again (the facts and warnings themselves go straight to fact_seizure_line and etl_warning); then their
-- rejections and raw cells are forgotten and their submissions' and sheets' counts move, a statement each
-- (a statement per line scans the tables once per line).
-- Temporary: it lives as long as the reclassify's connection.
-- grain: one re-admitted line. key: (submission_key, sheet, row_number).
create or replace temporary table readmitted_lines (
    submission_key integer not null,
    sheet          varchar not null,
    row_number     integer not null,
    -- the warnings written with the line (they join its submission's count)
    warnings       integer not null
)
