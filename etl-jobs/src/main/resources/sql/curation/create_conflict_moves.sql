-- The COMMODITY_HS_CONFLICT warnings to redo: one row per moved line whose classification moved, with where
-- it was read, whether it had the warning, the new message (null: none), and the column to name: the sheet's
-- commodity header as the sender wrote it, else (a sheet loaded before headers were kept) the old warning's,
-- else the field. Parameter: the warning code.
-- grain: one moved fact line. key: line_key.
create or replace temporary table conflict_moves as
with old as (
    select submission_key, sheet, row_number, min(column_name) as column_name
    from etl_warning
    where warning_code = ?
    group by all
)
select m.line_key,
       f.submission_key,
       s.file_name,
       f.source_sheet as sheet,
       f.source_row as row_number,
       f.case_ref,
       f.commodity_text,
       coalesce(sh.headers['commodity'], old.column_name, 'commodity') as column_name,
       old.row_number is not null as had,
       m.conflict
from line_moves as m
join fact_seizure_line as f on f.line_key = m.line_key
join dim_submission as s on s.submission_key = f.submission_key
left join submission_sheet as sh on sh.submission_key = f.submission_key and sh.sheet = f.source_sheet
left join old on old.submission_key = f.submission_key and old.sheet = f.source_sheet
                 and old.row_number = f.source_row
where m.classification_moved
