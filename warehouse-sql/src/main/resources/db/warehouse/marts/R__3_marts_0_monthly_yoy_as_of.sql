-- monthly_yoy_as_of(as_of) (public table macro): monthly seizure statistics with year-on-year and year-to-date comparisons.
-- grain: one month x reporting_iso3 x domain x commodity_category, each of the last three possibly 'ALL'
-- (a rollup over it; every combination found in the data is present).
-- key: ("month", reporting_iso3, domain, commodity_category).
--
-- Months are those of seizure_date. They run without gaps from the first to the last month with data
-- (a seizure, or the period of a current return, nil returns included); months without seizures are
-- filled with zeros for every combination. Combinations are those of the current lines, plus
-- (country, 'ALL', 'ALL') for every country with a current return, plus ('ALL', 'ALL', 'ALL').
--
-- cases: distinct (reporting_iso3, case_ref). A case whose lines fall in several categories counts once
--   in each category and once in 'ALL': category counts do not add up to the total.
-- lines, mass_kg, volume_m3, items: counts and sums of the lines (0 when none).
-- <m>_prev: the same month a year earlier (0 before the first month with data).
-- <m>_yoy_pct: round(100 * (m - prev) / prev, 1); null when prev is 0.
-- <m>_ytd, <m>_ytd_prev, <m>_ytd_yoy_pct: January to this month, this year and last year, and the change.
--   cases_ytd counts DISTINCT cases over the whole year-to-date window (a case with lines in January
--   and March counts once), so it is not the sum of the monthly case counts; lines and measures are
--   plain sums of the months.
-- reporting_countries, reporting_countries_prev: countries with a current return whose period is this
--   month, and the same month a year earlier (for a single country row: 1 or 0).
-- comparable: the same countries reported in both months (for a single country: it reported in both).
--
-- The month spine is dense for every combination, so lag(..., 12) over it is the same month a year
-- earlier (checked by assert_v_monthly_yoy_prev_is_same_month_last_year.sql).
--
-- Measures (mass_kg, volume_m3, items and their _prev/_ytd/_ytd_prev) are rounded to 6 decimals (a
-- milligram, a cubic centimetre, a millionth of an item), kept DOUBLE: the sums of many DOUBLE lines
-- otherwise show binary noise (2406864.0799999996); percentages are computed from the rounded values.
--
-- as_of (TIMESTAMP; vintages): the statistics as they stood at that moment: only the returns received at
-- or before as_of count, in the version that was current then (core.submission_as_of). null = now;
-- v_monthly_yoy is this macro at null. E.g. select * from monthly_yoy_as_of(timestamp '2019-11-30 23:59:59')
-- where "month" = date '2019-10-01'.
--
-- The definition lives in main.monthly_yoy_since_as_of (R__3_marts_0_0_monthly_yoy_since_as_of.sql), which can
-- also compute only the months from a given one on (the incremental refresh of mart_monthly_yoy); this macro is
-- it for every month.
create or replace macro main.monthly_yoy_as_of(as_of) as table

with every_month as (
    select * from main.monthly_yoy_since_as_of(as_of, null::date)
)

select * from every_month;
