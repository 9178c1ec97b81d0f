-- A re-admitted line, in the column order of fact_seizure_line.
insert into fact_seizure_line (line_key, submission_key, seizure_date_key, reporting_country_key, commodity_key,
                               unit_key, operation_key, origin_country_key, destination_country_key, case_ref,
                               quantity, unit_text, mass_kg, volume_m3, items, commodity_text, classified_by,
                               species, hs_code, origin_text, destination_text, transport_mode, detection_method,
                               concealment, direction, location, estimated_value, currency, remarks,
                               source_sheet, source_row)
values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
