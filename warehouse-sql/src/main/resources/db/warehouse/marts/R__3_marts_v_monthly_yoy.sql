-- v_monthly_yoy (public): monthly seizure statistics with year-on-year and year-to-date comparisons, as
-- they stand now. The definition (columns, grain, rules) lives once, in the table macro
-- main.monthly_yoy_as_of (R__3_marts_0_monthly_yoy_as_of.sql); this view reads its result at "now" (every
-- return received so far, in its current version) as materialised in main.mart_monthly_yoy
-- (R__3_marts_1_mart_monthly_yoy.sql), refreshed at the end of every ingest and reclassify
-- (refresh_mart_monthly_yoy.sql; assert_v_monthly_yoy_is_fresh.sql checks it equals the macro at null).
-- monthly_yoy_as_of(as_of) gives an earlier vintage (computed on each query).
-- grain: one month x reporting_iso3 x domain x commodity_category, each of the last three possibly 'ALL'.
-- key: ("month", reporting_iso3, domain, commodity_category).
create or replace view main.v_monthly_yoy as

with materialised as (
    select * from main.mart_monthly_yoy
)

select * from materialised;
