-- v_monthly_yoy has one row per month x reporting_iso3 x domain x commodity_category.
-- Returns the repeated keys.
select "month", reporting_iso3, domain, commodity_category, count(*) as rows_for_key
from main.v_monthly_yoy
group by "month", reporting_iso3, domain, commodity_category
having count(*) > 1;
