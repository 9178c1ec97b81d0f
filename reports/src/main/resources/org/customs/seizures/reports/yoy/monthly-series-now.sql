-- the totals of every month of a year to date and of the same months a year earlier, for the charts, as they
-- stand now
-- input: v_monthly_yoy (public view over the materialised mart_monthly_yoy = monthly_yoy_as_of(null));
-- parameters: the first and the last month (DATE, first day)
-- the same query as monthly-series.sql at a null vintage, reading the stored rows: keep the two in step
-- grain: one row per month; key: month
with

totals as (
    select *
    from v_monthly_yoy
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
