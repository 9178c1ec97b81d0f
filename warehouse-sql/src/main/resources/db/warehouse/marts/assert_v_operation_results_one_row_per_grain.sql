-- v_operation_results has one row per operation_code x reporting_iso3 x domain x commodity_category.
-- Returns the repeated keys.
select operation_code, reporting_iso3, domain, commodity_category, count(*) as rows_for_key
from main.v_operation_results
group by operation_code, reporting_iso3, domain, commodity_category
having count(*) > 1;
