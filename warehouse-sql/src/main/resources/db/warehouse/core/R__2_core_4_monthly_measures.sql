-- monthly_measures: cases, lines and measure sums per seizure month, rolled up with CUBE over
-- reporting_iso3, domain and commodity_category ('ALL' where rolled up). Only months and combinations
-- with seizures appear; v_monthly_yoy fills in the zeros.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL').
-- cases = distinct (reporting_iso3, case_ref): a case with lines in two categories counts once in each
-- category and once in 'ALL'.
create or replace view core.monthly_measures as

with case_months as (
    select * from core.seizure_case_month
),

cubed as (
    select
        month_start,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end         as reporting_iso3,
        case when grouping(domain) = 1 then 'ALL' else domain end                         as domain,
        case when grouping(commodity_category) = 1 then 'ALL' else commodity_category end as commodity_category,
        count(distinct (reporting_iso3, case_ref))                                        as cases,
        sum(lines)::bigint                                                                as lines,
        sum(mass_kg)::double                                                              as mass_kg,
        sum(volume_m3)::double                                                            as volume_m3,
        sum(items)::double                                                                as items
    from case_months
    group by month_start, cube(reporting_iso3, domain, commodity_category)
)

select * from cubed;
