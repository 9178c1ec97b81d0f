-- After resolve_versions, each return (reporting_iso3, period, operation_code) has at most one current
-- ('loaded') submission. Returns the returns with more.
select reporting_iso3, period, operation_code, count(*) as loaded_submissions
from main.dim_submission
where status = 'loaded'
group by reporting_iso3, period, operation_code
having count(*) > 1;
