-- seizure_case_month: its state now (every submission received so far).
-- It is core.seizure_case_month_as_of (R__2_core_0c_seizure_case_month_as_of.sql) at "now": the definition lives there.
-- grain: one case (reporting_iso3 + case_ref) x seizure month x domain x commodity_category.
create or replace view core.seizure_case_month as

with now_current as (
    select * from core.seizure_case_month_as_of(null::timestamp)
)

select * from now_current;
