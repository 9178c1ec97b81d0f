-- case_month_rollup_as_of(as_of): each case's lines per seizure month, rolled up with CUBE over domain and
-- commodity_category ('ALL' where rolled up), so that every row is one DISTINCT case within its
-- domain/category combination. A case with lines in two categories gives one row per category and one
-- row in 'ALL'. (A count(distinct) under CUBE was about five times slower on a million lines.)
-- grain: one case (reporting_iso3 + case_ref) x seizure month x domain x commodity_category (each possibly 'ALL').
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.case_month_rollup_as_of(as_of) as table

with case_months as (
    select * from core.seizure_case_month_as_of(as_of)
),

rolled_up as (
    select
        reporting_iso3,
        case_ref,
        month_start,
        case when grouping(domain) = 1 then 'ALL' else domain end                         as domain,
        case when grouping(commodity_category) = 1 then 'ALL' else commodity_category end as commodity_category,
        sum(lines)::bigint                                                                as lines,
        sum(mass_kg)::double                                                              as mass_kg,
        sum(volume_m3)::double                                                            as volume_m3,
        sum(items)::double                                                                as items
    from case_months
    group by reporting_iso3, case_ref, month_start, cube(domain, commodity_category)
)

select * from rolled_up;
