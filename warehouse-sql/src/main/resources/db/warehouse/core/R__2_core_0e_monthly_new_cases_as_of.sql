-- monthly_new_cases_as_of(as_of): per month and combination, the cases seen for the first time in that calendar
-- year. Their running sum over the year is the year-to-date count of DISTINCT cases (a case with lines
-- in January and March counts once in March's year-to-date, not twice).
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL'), only where a
-- case starts.
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.monthly_new_cases_as_of(as_of) as table

with case_months as (
    select * from core.seizure_case_month_as_of(as_of)
),

first_month_in_year as (
    select
        reporting_iso3,
        case_ref,
        case when grouping(domain) = 1 then 'ALL' else domain end                         as domain,
        case when grouping(commodity_category) = 1 then 'ALL' else commodity_category end as commodity_category,
        year(month_start)                                                                 as seizure_year,
        min(month_start)                                                                  as month_start
    from case_months
    group by reporting_iso3, case_ref, year(month_start), cube(domain, commodity_category)
),

counted as (
    select
        month_start,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end as reporting_iso3,
        domain,
        commodity_category,
        count(*)                                                                  as new_cases
    from first_month_in_year
    group by month_start, domain, commodity_category, rollup(reporting_iso3)
)

select * from counted;
