-- Rejected lines whose every fault is an unknown unit or country: the candidates for re-admission once an
-- alias is added. Cells and headers come as JSON objects.
-- grain: one rejected line. key: (submission_key, sheet, row_number).
with readmissible as (
    select r.*
    from etl_rejected_line as r
    join dim_submission as s using (submission_key)
    where s.status in ('loaded', 'superseded')
      and exists (select 1 from etl_reject as j
                  where j.submission_key = r.submission_key and j.sheet = r.sheet and j.row_number = r.row_number)
      and not exists (select 1 from etl_reject as j
                      where j.submission_key = r.submission_key and j.sheet = r.sheet
                        and j.row_number = r.row_number
                        and j.reason_code not in ('UNIT_UNKNOWN', 'COUNTRY_UNKNOWN'))
)

select r.submission_key, r.sheet, r.row_number,
       -- as JSON objects (field key -> stored cell, field key -> header): DuckDB's JDBC driver builds LIST and MAP
       -- values slowly (200,000 lines: 8-13 s as key and value lists, 2.8-3.3 s as JSON text)
       to_json(r.cells)::varchar as cells, to_json(r.headers)::varchar as headers,
       r.unit_from_header,
       s.file_name, s.reporting_iso3, s.period, s.operation_code, s.version, s.submitted_on,
       coalesce(s.decimal_separator, '.') as decimal_separator, coalesce(s.uses_1904_dates, false) as uses_1904_dates
from readmissible as r
join dim_submission as s using (submission_key)
order by r.submission_key, r.sheet, r.row_number
