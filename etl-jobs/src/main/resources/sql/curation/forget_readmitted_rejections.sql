-- Re-admitted lines are no longer rejected: their faults go (their raw cells: forget_readmitted_raw_lines.sql).
delete from etl_reject
using readmitted_lines as r
where etl_reject.submission_key = r.submission_key
  and etl_reject.sheet = r.sheet
  and etl_reject.row_number = r.row_number
