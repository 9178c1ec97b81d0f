-- monthly_reporting_countries: its state now (every submission received so far).
-- It is core.monthly_reporting_countries_as_of (R__2_core_0d_monthly_reporting_countries_as_of.sql) at "now": the definition lives there.
-- grain: one month x reporting_iso3 (a country, or 'ALL' for all countries). Months with no return
create or replace view core.monthly_reporting_countries as

with now_current as (
    select * from core.monthly_reporting_countries_as_of(null::timestamp)
)

select * from now_current;
