-- monthly_measures_as_of(as_of): cases, lines and measure sums per seizure month, for every combination of
-- reporting_iso3, domain and commodity_category ('ALL' where rolled up). Only months and combinations
-- with seizures appear; v_monthly_yoy fills in the zeros.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL').
-- cases = distinct (reporting_iso3, case_ref): each row of case_month_rollup is one distinct case, so a
-- count of rows is a distinct count (a case with lines in two categories counts once in each category
-- and once in 'ALL').
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.monthly_measures_as_of(as_of) as table

with case_rollups as (
    select * from core.case_month_rollup_as_of(as_of)
),

counted as (
    select
        month_start,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end as reporting_iso3,
        domain,
        commodity_category,
        count(*)                                                                  as cases,
        sum(lines)::bigint                                                        as lines,
        sum(mass_kg)::double                                                      as mass_kg,
        sum(volume_m3)::double                                                    as volume_m3,
        sum(items)::double                                                        as items
    from case_rollups
    group by month_start, domain, commodity_category, rollup(reporting_iso3)
)

select * from counted;
