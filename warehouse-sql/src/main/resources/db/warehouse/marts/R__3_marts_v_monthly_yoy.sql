-- v_monthly_yoy (public): monthly seizure statistics with year-on-year and year-to-date comparisons, as
-- they stand now. The definition (columns, grain, rules) lives once, in the table macro
-- main.monthly_yoy_as_of (R__3_marts_0_monthly_yoy_as_of.sql); this view is that macro at "now" (every
-- return received so far, in its current version). monthly_yoy_as_of(as_of) gives an earlier vintage.
-- grain: one month x reporting_iso3 x domain x commodity_category, each of the last three possibly 'ALL'.
-- key: ("month", reporting_iso3, domain, commodity_category).
create or replace view main.v_monthly_yoy as

with now_current as (
    select * from main.monthly_yoy_as_of(null::timestamp)
)

select * from now_current;
