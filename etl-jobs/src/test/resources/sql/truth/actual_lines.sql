-- the current lines of the warehouse, as the truth comparison matches them
select reporting_iso3, case_ref, seizure_date, commodity_code, unit_code, mass_kg, volume_m3, items, source_file
from v_seizure_lines
