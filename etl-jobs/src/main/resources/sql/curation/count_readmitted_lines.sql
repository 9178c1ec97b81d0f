-- Each submission's re-admitted lines move from rejected to loaded and bring their warnings.
update dim_submission as s
set rows_loaded = s.rows_loaded + r.lines,
    rows_rejected = s.rows_rejected - r.lines,
    warnings = s.warnings + r.warnings
from (select submission_key, count(*) as lines, sum(warnings) as warnings
      from readmitted_lines
      group by submission_key) as r
where s.submission_key = r.submission_key
