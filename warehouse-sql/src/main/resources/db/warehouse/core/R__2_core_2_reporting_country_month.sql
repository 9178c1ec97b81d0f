-- reporting_country_month: its state now (every submission received so far).
-- It is core.reporting_country_month_as_of (R__2_core_0b_reporting_country_month_as_of.sql) at "now": the definition lives there.
-- grain: one reporting country x period. key: (reporting_iso3, period).
create or replace view core.reporting_country_month as

with now_current as (
    select * from core.reporting_country_month_as_of(null::timestamp)
)

select * from now_current;
