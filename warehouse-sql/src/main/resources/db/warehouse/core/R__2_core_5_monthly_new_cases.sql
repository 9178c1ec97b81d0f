-- monthly_new_cases: its state now (every submission received so far).
-- It is core.monthly_new_cases_as_of (R__2_core_0e_monthly_new_cases_as_of.sql) at "now": the definition lives there.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL'), only where a
create or replace view core.monthly_new_cases as

with now_current as (
    select * from core.monthly_new_cases_as_of(null::timestamp)
)

select * from now_current;
