-- monthly_reporting_countries_as_of(as_of): per month, the countries with a current return for it (nil returns
-- count), the same a year earlier, and whether the same countries reported in both months.
-- grain: one month x reporting_iso3 (a country, or 'ALL' for all countries). Months with no return
-- in either year do not appear (v_monthly_yoy reads them as 0 and not comparable).
-- comparable: at least one country reported, and the countries of the month and of the month a year
-- earlier are the same (for a single country: it reported in both months).
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.monthly_reporting_countries_as_of(as_of) as table

with country_months as (
    select * from core.reporting_country_month_as_of(as_of)
),

this_and_last_year as (
    select
        coalesce(this_year.period, (last_year.period + interval 12 month)::date) as month_start,
        coalesce(this_year.reporting_iso3, last_year.reporting_iso3)             as reporting_iso3,
        this_year.reporting_iso3 is not null                                     as reported,
        last_year.reporting_iso3 is not null                                     as reported_prev
    from country_months as this_year
    full outer join country_months as last_year
        on last_year.reporting_iso3 = this_year.reporting_iso3
       and last_year.period = (this_year.period - interval 12 month)::date
),

counted as (
    select
        month_start,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end as reporting_iso3,
        count(*) filter (where reported)                                          as reporting_countries,
        count(*) filter (where reported_prev)                                     as reporting_countries_prev,
        count(*) filter (where reported and reported_prev)                        as reported_both
    from this_and_last_year
    group by month_start, rollup(reporting_iso3)
),

compared as (
    select
        month_start,
        reporting_iso3,
        reporting_countries,
        reporting_countries_prev,
        reporting_countries > 0
            and reporting_countries = reported_both
            and reporting_countries_prev = reported_both as comparable
    from counted
)

select * from compared;
