-- Raw values of rejected lines for one reason (UNIT_UNKNOWN or COUNTRY_UNKNOWN), with how many lines and
-- which files. The unit is taken from the message ("Unit 'kgx' in column ..."), since a unit read from the
-- quantity cell has the whole cell as raw value.
-- grain: one raw value as written. parameter: the reason code.
with rejects as (
    select coalesce(nullif(regexp_extract(r.message, '^Unit ''(.*)'' in ', 1), ''), r.raw_value) as raw_value,
           r.submission_key, r.sheet, r.row_number, s.file_name
    from etl_reject as r
    join dim_submission as s using (submission_key)
    where r.reason_code = ?
      and s.status in ('loaded', 'superseded')
)

select raw_value,
       count(distinct (submission_key, sheet, row_number)) as lines,
       string_agg(distinct file_name, '; ' order by file_name) as files
from rejects
where raw_value is not null
group by raw_value
order by lines desc, raw_value
