-- operation_results_as_of(as_of) (public table macro): the results of each joint enforcement operation, as
-- press releases quote them ("1,828 seizures, 440 pieces of ivory, 545 kg of ivory products"), per
-- reporting country and in total, by domain and by commodity category.
-- grain: one operation_code x reporting_iso3 x domain x commodity_category, each of the last three possibly
-- 'ALL' (a rollup over it; every combination found in the operation's lines is present).
-- key: (operation_code, reporting_iso3, domain, commodity_category).
--
-- Lines: the current lines (core.seizure_line_as_of) that name the operation, whether they came in an
--   operation return or a regular one. Operations without lines do not appear.
-- cases: distinct (reporting_iso3, case_ref) among the operation's lines. A case with lines in several
--   categories counts once in each category and once in 'ALL': category counts do not add up to the total.
-- lines, mass_kg, volume_m3, items: counts and sums of the lines; measures rounded to 6 decimals and never
--   added to one another.
-- reporting_countries: countries with lines in the row; first_seizure_date, last_seizure_date: the span of
--   the row's seizures.
-- as_of: a TIMESTAMP (vintages, as for monthly_yoy_as_of); null = now, which is v_operation_results.
create or replace macro main.operation_results_as_of(as_of) as table

with lines as (
    select * from core.seizure_line_as_of(as_of)
),

operations as (
    select operation_code, name as operation_name from main.dim_operation where operation_code is not null
),

operation_lines as (
    select * from lines where operation_code is not null
),

per_case as (
    select
        operation_code,
        reporting_iso3,
        case_ref,
        case when grouping(domain) = 1 then 'ALL' else domain end                         as domain,
        case when grouping(commodity_category) = 1 then 'ALL' else commodity_category end as commodity_category,
        count(*)                                                                          as lines,
        coalesce(sum(mass_kg), 0)::double                                                 as mass_kg,
        coalesce(sum(volume_m3), 0)::double                                               as volume_m3,
        coalesce(sum(items), 0)::double                                                   as items,
        min(seizure_date)                                                                 as first_seizure_date,
        max(seizure_date)                                                                 as last_seizure_date
    from operation_lines
    group by operation_code, reporting_iso3, case_ref, cube(domain, commodity_category)
),

counted as (
    select
        operation_code,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end as reporting_iso3,
        domain,
        commodity_category,
        count(*)::bigint                                                          as cases,
        sum(lines)::bigint                                                        as lines,
        round(sum(mass_kg), 6)::double                                            as mass_kg,
        round(sum(volume_m3), 6)::double                                          as volume_m3,
        round(sum(items), 6)::double                                              as items,
        count(distinct reporting_iso3)::bigint                                    as reporting_countries,
        min(first_seizure_date)                                                   as first_seizure_date,
        max(last_seizure_date)                                                    as last_seizure_date
    from per_case
    group by operation_code, domain, commodity_category, rollup(reporting_iso3)
),

final as (
    select
        counted.operation_code,
        operations.operation_name,
        counted.reporting_iso3,
        counted.domain,
        counted.commodity_category,
        counted.cases,
        counted.lines,
        counted.mass_kg,
        counted.volume_m3,
        counted.items,
        counted.reporting_countries,
        counted.first_seizure_date,
        counted.last_seizure_date
    from counted
    left join operations on operations.operation_code = counted.operation_code
)

select * from final;
