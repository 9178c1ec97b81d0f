-- Commodity texts of loaded lines that no alias or HS code classified, with how many lines and which files.
-- grain: one commodity text as written.
with lines as (
    select f.commodity_text, s.file_name
    from fact_seizure_line as f
    join dim_submission as s using (submission_key)
    where f.classified_by = 'UNCLASSIFIED'
      and s.status in ('loaded', 'superseded')
)

select commodity_text as raw_value,
       count(*) as lines,
       string_agg(distinct file_name, '; ' order by file_name) as files
from lines
group by commodity_text
order by lines desc, raw_value
