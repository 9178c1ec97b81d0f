-- monthly_measures: its state now (every submission received so far).
-- It is core.monthly_measures_as_of (R__2_core_0e_monthly_measures_as_of.sql) at "now": the definition lives there.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL').
create or replace view core.monthly_measures as

with now_current as (
    select * from core.monthly_measures_as_of(null::timestamp)
)

select * from now_current;
