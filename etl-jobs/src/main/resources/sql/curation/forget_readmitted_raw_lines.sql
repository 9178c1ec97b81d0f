-- The raw cells of re-admitted lines, which are now facts.
delete from etl_rejected_line
using readmitted_lines as r
where etl_rejected_line.submission_key = r.submission_key
  and etl_rejected_line.sheet = r.sheet
  and etl_rejected_line.row_number = r.row_number
