-- Every seizure line counts in exactly one base measure: one of mass_kg, volume_m3, items is set.
-- Returns the offending lines.
select line_key, submission_key, source_sheet, source_row, mass_kg, volume_m3, items
from main.fact_seizure_line
where (case when mass_kg is null then 0 else 1 end
     + case when volume_m3 is null then 0 else 1 end
     + case when items is null then 0 else 1 end) <> 1;
