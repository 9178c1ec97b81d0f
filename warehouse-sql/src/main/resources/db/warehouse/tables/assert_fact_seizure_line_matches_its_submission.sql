-- A line's reporting country is its submission's reporting country. Returns the offending lines.
select lines.line_key, lines.submission_key, reporting.iso3 as line_iso3, submissions.reporting_iso3 as submission_iso3
from main.fact_seizure_line as lines
inner join main.dim_submission as submissions on submissions.submission_key = lines.submission_key
inner join main.dim_country as reporting on reporting.country_key = lines.reporting_country_key
where reporting.iso3 is distinct from submissions.reporting_iso3;
