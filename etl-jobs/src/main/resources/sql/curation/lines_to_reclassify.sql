-- Every stored line with the raw values its mappings derive from, the codes they map to now, and where it was
-- read (file, sheet, row, the sheet's commodity header) for the warnings its new classification may need.
-- grain: one fact line. key: line_key.
select f.line_key,
       f.commodity_text,
       f.hs_code,
       f.unit_text,
       f.quantity,
       f.origin_text,
       f.destination_text,
       f.classified_by,
       c.commodity_code,
       u.code as unit_code,
       o.iso3 as origin_iso3,
       d.iso3 as destination_iso3,
       f.submission_key,
       s.file_name,
       f.source_sheet,
       f.source_row,
       f.case_ref,
       sh.headers['commodity'] as commodity_header
from fact_seizure_line as f
join dim_commodity as c on c.commodity_key = f.commodity_key
join dim_unit as u on u.unit_key = f.unit_key
join dim_submission as s on s.submission_key = f.submission_key
left join dim_country as o on o.country_key = f.origin_country_key
left join dim_country as d on d.country_key = f.destination_country_key
left join submission_sheet as sh on sh.submission_key = f.submission_key and sh.sheet = f.source_sheet
order by f.line_key
