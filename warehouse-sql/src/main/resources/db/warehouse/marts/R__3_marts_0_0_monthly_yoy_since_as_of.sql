-- monthly_yoy_since_as_of(as_of, since): the definition of monthly_yoy_as_of (public; it is this macro at
-- since = null, see R__3_marts_0_monthly_yoy_as_of.sql), optionally restricted to the rows of the months from
-- `since` (DATE, the first day of a month) on, computed from the data of those months and of the year before
-- them only. Used by StatisticsMart.refreshChanges to recompute the months a run changed (the rows of a month m
-- depend on the lines and returns of m, of m - 12 months and of the months before m in its year and in the year
-- before: all within [January of year(m) - 1, m]).
--
-- With `since`, the combinations are still those of the whole history (a distinct over every current line,
-- cheaper than the measures) and the month spine starts at January of year(since) - 1 (zero rows and
-- lag(..., 12) with default 0 give the same values for a month before the first one with data), so the rows
-- from `since` on are those of the whole computation. mart_monthly_yoy_fresh_fits.sql checks that they fit the
-- stored rows before `since` (same combinations, no gap in the months); the caller refreshes whole otherwise.
--
-- The definition (as for monthly_yoy_as_of): monthly seizure statistics with year-on-year and year-to-date comparisons.
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
create or replace macro main.monthly_yoy_since_as_of(as_of, since) as table

with window_start as (
    -- the first month whose data the rows from `since` on can depend on; null = every month
    select (date_trunc('year', since::date) - interval 1 year)::date as data_from
),

measures as materialized (
    -- cases, new cases, lines and sums in one pass over the lines (from data_from on when since is given)
    select *
    from core.monthly_case_measures_as_of(as_of, (date_trunc('year', since::date) - interval 1 year)::date)
),

reporting as (
    select *
    from core.monthly_reporting_countries_as_of(as_of)
    where since is null or month_start >= since::date
),

country_months as materialized (
    select * from core.reporting_country_month_as_of(as_of)
),

line_combinations as (
    -- every (country, domain, category) of the current lines, whatever their month (a cheap distinct)
    select distinct reporting_iso3, domain, commodity_category from core.seizure_line_as_of(as_of)
),

data_months as (
    select month_start from measures
    union all
    select period as month_start
    from country_months
    where since is null or period >= (date_trunc('year', since::date) - interval 1 year)::date
),

bounds as (
    select
        coalesce(min(window_start.data_from), min(data_months.month_start)) as first_month,
        max(data_months.month_start)                                         as last_month
    from data_months, window_start
),

months as (
    select unnest(generate_series(first_month, last_month, interval 1 month))::date as month_start
    from bounds
    where first_month is not null and last_month is not null
),

combinations as (
    -- the combinations the measures have in some month (the rollups of each line's country, domain and
    -- category, as core.monthly_measures_as_of makes them), taken from the lines of every month even when only
    -- the months from `since` on are computed
    select
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end         as reporting_iso3,
        case when grouping(domain) = 1 then 'ALL' else domain end                         as domain,
        case when grouping(commodity_category) = 1 then 'ALL' else commodity_category end as commodity_category
    from line_combinations
    group by cube(domain, commodity_category), rollup(reporting_iso3)
    union
    select reporting_iso3, 'ALL', 'ALL' from country_months
    union
    select 'ALL', 'ALL', 'ALL'
),

filled as (
    select
        months.month_start,
        combinations.reporting_iso3,
        combinations.domain,
        combinations.commodity_category,
        coalesce(measures.cases, 0)::bigint       as cases,
        coalesce(measures.lines, 0)::bigint       as lines,
        round(coalesce(measures.mass_kg, 0), 6)::double as mass_kg,
        round(coalesce(measures.volume_m3, 0), 6)::double as volume_m3,
        round(coalesce(measures.items, 0), 6)::double as items,
        coalesce(measures.new_cases, 0)::bigint   as new_cases
    from months
    cross join combinations
    left join measures
        on measures.month_start = months.month_start
       and measures.reporting_iso3 = combinations.reporting_iso3
       and measures.domain = combinations.domain
       and measures.commodity_category = combinations.commodity_category
),

year_to_date as (
    select
        *,
        (sum(new_cases) over ytd)::bigint  as cases_ytd,
        (sum(lines) over ytd)::bigint      as lines_ytd,
        round(sum(mass_kg) over ytd, 6)::double   as mass_kg_ytd,
        round(sum(volume_m3) over ytd, 6)::double as volume_m3_ytd,
        round(sum(items) over ytd, 6)::double     as items_ytd
    from filled
    window ytd as (
        partition by reporting_iso3, domain, commodity_category, year(month_start)
        order by month_start
    )
),

a_year_earlier as (
    select
        *,
        lag(cases, 12, 0) over earlier          as cases_prev,
        lag(lines, 12, 0) over earlier          as lines_prev,
        lag(mass_kg, 12, 0) over earlier        as mass_kg_prev,
        lag(volume_m3, 12, 0) over earlier      as volume_m3_prev,
        lag(items, 12, 0) over earlier          as items_prev,
        lag(cases_ytd, 12, 0) over earlier      as cases_ytd_prev,
        lag(lines_ytd, 12, 0) over earlier      as lines_ytd_prev,
        lag(mass_kg_ytd, 12, 0) over earlier    as mass_kg_ytd_prev,
        lag(volume_m3_ytd, 12, 0) over earlier  as volume_m3_ytd_prev,
        lag(items_ytd, 12, 0) over earlier      as items_ytd_prev
    from year_to_date
    window earlier as (
        partition by reporting_iso3, domain, commodity_category
        order by month_start
    )
),

final as (
    select
        stats.month_start                                                    as "month",
        stats.reporting_iso3,
        stats.domain,
        stats.commodity_category,

        stats.cases,
        stats.cases_prev,
        core.yoy_pct(stats.cases, stats.cases_prev)                          as cases_yoy_pct,
        stats.cases_ytd,
        stats.cases_ytd_prev,
        core.yoy_pct(stats.cases_ytd, stats.cases_ytd_prev)                  as cases_ytd_yoy_pct,

        stats.lines,
        stats.lines_prev,
        core.yoy_pct(stats.lines, stats.lines_prev)                          as lines_yoy_pct,
        stats.lines_ytd,
        stats.lines_ytd_prev,
        core.yoy_pct(stats.lines_ytd, stats.lines_ytd_prev)                  as lines_ytd_yoy_pct,

        stats.mass_kg,
        stats.mass_kg_prev,
        core.yoy_pct(stats.mass_kg, stats.mass_kg_prev)                      as mass_kg_yoy_pct,
        stats.mass_kg_ytd,
        stats.mass_kg_ytd_prev,
        core.yoy_pct(stats.mass_kg_ytd, stats.mass_kg_ytd_prev)              as mass_kg_ytd_yoy_pct,

        stats.volume_m3,
        stats.volume_m3_prev,
        core.yoy_pct(stats.volume_m3, stats.volume_m3_prev)                  as volume_m3_yoy_pct,
        stats.volume_m3_ytd,
        stats.volume_m3_ytd_prev,
        core.yoy_pct(stats.volume_m3_ytd, stats.volume_m3_ytd_prev)          as volume_m3_ytd_yoy_pct,

        stats.items,
        stats.items_prev,
        core.yoy_pct(stats.items, stats.items_prev)                          as items_yoy_pct,
        stats.items_ytd,
        stats.items_ytd_prev,
        core.yoy_pct(stats.items_ytd, stats.items_ytd_prev)                  as items_ytd_yoy_pct,

        coalesce(reporting.reporting_countries, 0)::bigint                   as reporting_countries,
        coalesce(reporting.reporting_countries_prev, 0)::bigint              as reporting_countries_prev,
        coalesce(reporting.comparable, false)                                as comparable
    from a_year_earlier as stats
    left join reporting
        on reporting.month_start = stats.month_start
       and reporting.reporting_iso3 = stats.reporting_iso3
)

select * from final
where since is null or "month" >= since::date;
