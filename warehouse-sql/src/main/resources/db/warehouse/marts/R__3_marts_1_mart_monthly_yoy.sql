-- mart_monthly_yoy: v_monthly_yoy materialised, so that a query of one month reads a few thousand stored rows
-- instead of recomputing every month from every line (about 6 s per million lines as a view).
-- Same columns, order, types and rows as main.monthly_yoy_as_of(null) (the definition lives there).
-- grain: one month x reporting_iso3 x domain x commodity_category, each of the last three possibly 'ALL'.
-- key: ("month", reporting_iso3, domain, commodity_category).
-- Filled here when Flyway (re)applies this file, then refreshed at the end of every run that changes the
-- warehouse (ingest, reclassify) by StatisticsMart.refresh, which runs refresh_mart_monthly_yoy.sql in the
-- run's last transaction, before the published copy is made. assert_v_monthly_yoy_is_fresh.sql catches a
-- forgotten refresh.
create or replace table main.mart_monthly_yoy as

with now_current as (
    select * from main.monthly_yoy_as_of(null::timestamp)
)

select * from now_current;
