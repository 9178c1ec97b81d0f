-- {lines} synthetic seizure lines spread evenly over the synthetic submissions (submission_key > {key_offset}),
-- with realistic keys: any commodity, unit kg/items, a seizure day inside the return's month.
insert into fact_seizure_line
with submissions as (
    select submission_key, reporting_iso3, period,
           row_number() over (order by submission_key) - 1 as ordinal,
           count(*) over () as total
    from dim_submission where submission_key > {key_offset}
),
commodities as (
    select commodity_key, row_number() over (order by commodity_key) - 1 as ordinal, count(*) over () as total
    from dim_commodity
),
countries as (
    select country_key, iso3 from dim_country
),
units as (
    select (select unit_key from dim_unit where code = 'KGM') as kg,
           (select unit_key from dim_unit where code = 'H87') as items
),
numbered as (
    select range as n from range({lines})
)
select
    {line_offset} + numbered.n                                              as line_key,
    submissions.submission_key,
    cast(strftime(submissions.period + to_days((numbered.n % 28)::integer), '%Y%m%d') as integer) as seizure_date_key,
    reporting.country_key                                                   as reporting_country_key,
    commodities.commodity_key,
    case when numbered.n % 5 = 0 then units.items else units.kg end          as unit_key,
    0                                                                        as operation_key,
    ((numbered.n * 7) % 240) + 1                                             as origin_country_key,
    null                                                                     as destination_country_key,
    'C' || (numbered.n // 2)::varchar                                        as case_ref,
    1 + (numbered.n % 997) / 10.0                                            as quantity,
    case when numbered.n % 5 = 0 then 'pcs' else 'kg' end                   as unit_text,
    case when numbered.n % 5 = 0 then null else 1 + (numbered.n % 997) / 10.0 end as mass_kg,
    null                                                                     as volume_m3,
    case when numbered.n % 5 = 0 then 1 + (numbered.n % 997) / 10.0 else null end as items,
    'synthetic'                                                              as commodity_text,
    'alias'                                                                  as classified_by,
    null, null, null, null, null, null, null, null, null, null, null, null,
    'Seizures'                                                               as source_sheet,
    (numbered.n // submissions.total)::integer + 2                           as source_row
from numbered
inner join submissions on submissions.ordinal = numbered.n % submissions.total
inner join commodities on commodities.ordinal = (numbered.n // 3) % commodities.total
inner join countries as reporting on reporting.iso3 = submissions.reporting_iso3
cross join units
