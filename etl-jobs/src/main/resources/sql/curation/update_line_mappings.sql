-- Sets the re-derived mappings and measures of every moved line (line_moves) in one statement.
update fact_seizure_line as f
set commodity_key = m.commodity_key,
    classified_by = m.classified_by,
    unit_key = m.unit_key,
    mass_kg = m.mass_kg,
    volume_m3 = m.volume_m3,
    items = m.items,
    origin_country_key = m.origin_country_key,
    destination_country_key = m.destination_country_key
from line_moves as m
where f.line_key = m.line_key
