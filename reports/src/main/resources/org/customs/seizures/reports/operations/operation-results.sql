-- the results of joint enforcement operations, per reporting country and in total, by domain and category
-- input: operation_results_as_of (public table macro; v_operation_results is it at null), dim_country (names)
-- parameters: the vintage (TIMESTAMP; null = now), an operation code (null = every operation), and a window
--             of seizure dates (DATE from, DATE to; null = any) that an operation's seizures must overlap
-- grain: one row per operation x reporting country x domain x category (each possibly 'ALL')
with

results as (
    select * from operation_results_as_of(?::timestamp)
),

params as (
    select ?::varchar as operation_code, ?::date as from_date, ?::date as to_date
),

chosen as (
    select results.operation_code
    from results, params
    where results.reporting_iso3 = 'ALL' and results.domain = 'ALL' and results.commodity_category = 'ALL'
      and (params.operation_code is null or results.operation_code = params.operation_code)
      and (params.from_date is null or results.last_seizure_date >= params.from_date)
      and (params.to_date is null or results.first_seizure_date <= params.to_date)
),

countries as (
    select iso3, name_en from dim_country
)

select
    results.operation_code,
    results.operation_name,
    results.reporting_iso3,
    countries.name_en as country_name,
    results.domain,
    results.commodity_category,
    results.cases,
    results.lines,
    results.mass_kg,
    results.volume_m3,
    results.items,
    results.reporting_countries,
    results.first_seizure_date,
    results.last_seizure_date
from results
inner join chosen on chosen.operation_code = results.operation_code
left join countries on countries.iso3 = results.reporting_iso3
order by
    results.operation_code,
    results.reporting_iso3 <> 'ALL',
    results.reporting_iso3,
    results.domain <> 'ALL',
    results.domain,
    results.commodity_category <> 'ALL',
    results.commodity_category
