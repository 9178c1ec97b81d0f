-- monthly_measures_as_of(as_of): cases, lines and measure sums per seizure month, for every combination of
-- reporting_iso3, domain and commodity_category ('ALL' where rolled up). Only months and combinations
-- with seizures appear; v_monthly_yoy fills in the zeros.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL').
-- cases = distinct (reporting_iso3, case_ref): a case with lines in two categories counts once in each category
-- and once in 'ALL'. Computed with the new cases by core.monthly_case_measures_as_of (one grouping by case).
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.monthly_measures_as_of(as_of) as table

with case_measures as (
    select * from core.monthly_case_measures_as_of(as_of, null::date)
),

measures as (
    select
        month_start,
        reporting_iso3,
        domain,
        commodity_category,
        cases,
        lines,
        mass_kg,
        volume_m3,
        items
    from case_measures
)

select * from measures;
