-- The old COMMODITY_HS_CONFLICT warnings of the lines whose classification moved go. Parameter: the code.
delete from etl_warning as w
using conflict_moves as c
where w.submission_key = c.submission_key and w.sheet = c.sheet and w.row_number = c.row_number
  and w.warning_code = ?
