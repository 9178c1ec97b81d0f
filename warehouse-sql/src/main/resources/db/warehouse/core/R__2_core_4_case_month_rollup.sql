-- case_month_rollup: its state now (every submission received so far).
-- It is core.case_month_rollup_as_of (R__2_core_0d_case_month_rollup_as_of.sql) at "now": the definition lives there.
-- grain: one case (reporting_iso3 + case_ref) x seizure month x domain x commodity_category (each possibly 'ALL').
create or replace view core.case_month_rollup as

with now_current as (
    select * from core.case_month_rollup_as_of(null::timestamp)
)

select * from now_current;
