-- Sets the re-derived mappings and measures of one fact line.
update fact_seizure_line
set commodity_key = ?,
    classified_by = ?,
    unit_key = ?,
    mass_kg = ?,
    volume_m3 = ?,
    items = ?,
    origin_country_key = ?,
    destination_country_key = ?
where line_key = ?
