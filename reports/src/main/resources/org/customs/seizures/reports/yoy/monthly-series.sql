-- the totals of every month of a year to date and of the same months a year earlier, for the charts
-- input: {statistics} (v_monthly_yoy now, or monthly_yoy_as_of(?::timestamp) for a vintage: see
--        monthly-statistics.sql); parameters: [the vintage (TIMESTAMP)], the first and the last month (DATE)
-- grain: one row per month; key: month
with

totals as (
    select *
    from {statistics}
    where reporting_iso3 = 'ALL' and domain = 'ALL' and commodity_category = 'ALL'
)

select
    month,
    cases, cases_prev,
    lines, lines_prev,
    mass_kg, mass_kg_prev,
    volume_m3, volume_m3_prev,
    items, items_prev,
    reporting_countries, reporting_countries_prev, comparable
from totals
where month between ? and ?
order by month
