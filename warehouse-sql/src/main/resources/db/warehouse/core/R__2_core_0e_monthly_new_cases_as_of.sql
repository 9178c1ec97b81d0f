-- monthly_new_cases_as_of(as_of): per month and combination, the cases seen for the first time in that calendar
-- year. Their running sum over the year is the year-to-date count of DISTINCT cases (a case with lines
-- in January and March counts once in March's year-to-date, not twice).
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL'), only where a
-- case starts. Computed with the measures by core.monthly_case_measures_as_of (one grouping by case).
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.monthly_new_cases_as_of(as_of) as table

with case_measures as (
    select * from core.monthly_case_measures_as_of(as_of, null::date)
),

new_cases as (
    select
        month_start,
        reporting_iso3,
        domain,
        commodity_category,
        new_cases
    from case_measures
    where new_cases > 0
)

select * from new_cases;
