-- Every stored line with the raw values its mappings derive from, and the codes they map to now.
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
       d.iso3 as destination_iso3
from fact_seizure_line as f
join dim_commodity as c on c.commodity_key = f.commodity_key
join dim_unit as u on u.unit_key = f.unit_key
left join dim_country as o on o.country_key = f.origin_country_key
left join dim_country as d on d.country_key = f.destination_country_key
order by f.line_key
