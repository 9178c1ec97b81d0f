-- Where one stored line was read: its submission, file, sheet, row and case, its commodity text, and the
-- header of the commodity column in that sheet (null for a sheet loaded before headers were kept).
-- grain: one fact line. key: line_key.
select f.submission_key,
       s.file_name,
       f.source_sheet,
       f.source_row,
       f.case_ref,
       f.commodity_text,
       sh.headers['commodity'] as commodity_header
from fact_seizure_line as f
join dim_submission as s on s.submission_key = f.submission_key
left join submission_sheet as sh on sh.submission_key = f.submission_key and sh.sheet = f.source_sheet
where f.line_key = ?
