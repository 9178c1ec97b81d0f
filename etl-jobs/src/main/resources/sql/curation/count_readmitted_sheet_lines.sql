-- Each sheet's re-admitted lines move from rejected to loaded.
update submission_sheet as s
set rows_loaded = s.rows_loaded + r.lines,
    rows_rejected = s.rows_rejected - r.lines
from (select submission_key, sheet, count(*) as lines
      from readmitted_lines
      group by submission_key, sheet) as r
where s.submission_key = r.submission_key
  and s.sheet = r.sheet
