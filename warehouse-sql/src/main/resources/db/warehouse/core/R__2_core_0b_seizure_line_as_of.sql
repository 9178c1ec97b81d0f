-- seizure_line_as_of(as_of): the lines of the submissions current at as_of (core.submission_as_of; null =
-- now), with their dimensions' codes and attributes (and the commodity_key, for core.commodity_category_bit).
-- grain: one commodity line of one case of a submission current at as_of. key: line_key.
create or replace macro core.seizure_line_as_of(as_of) as table

with lines as (
    select * from staging.stg_seizure_line
),

submissions as (
    select * from core.submission_as_of(as_of)
),

dates as (
    select date_key, date from main.dim_date
),

countries as (
    select country_key, iso3 from main.dim_country
),

commodities as (
    select commodity_key, commodity_code, category, domain, cites_listed from main.dim_commodity
),

units as (
    select unit_key, code from main.dim_unit
),

operations as (
    select operation_key, operation_code from main.dim_operation
),

joined as (
    select
        lines.line_key,
        lines.submission_key,
        reporting.iso3                  as reporting_iso3,
        submissions.period,
        dates.date                      as seizure_date,
        lines.case_ref,
        operations.operation_code,
        commodities.commodity_code,
        commodities.category            as commodity_category,
        commodities.domain,
        commodities.cites_listed,
        lines.hs_code,
        lines.quantity,
        units.code                      as unit_code,
        lines.mass_kg,
        lines.volume_m3,
        lines.items,
        origin.iso3                     as origin_iso3,
        destination.iso3                as destination_iso3,
        lines.transport_mode,
        lines.detection_method,
        lines.direction,
        submissions.source_file,
        lines.source_sheet,
        lines.source_row,
        lines.commodity_key
    from lines
    inner join submissions on submissions.submission_key = lines.submission_key
    inner join dates on dates.date_key = lines.seizure_date_key
    inner join countries as reporting on reporting.country_key = lines.reporting_country_key
    inner join commodities on commodities.commodity_key = lines.commodity_key
    inner join units on units.unit_key = lines.unit_key
    inner join operations on operations.operation_key = lines.operation_key
    left join countries as origin on origin.country_key = lines.origin_country_key
    left join countries as destination on destination.country_key = lines.destination_country_key
)

select * from joined;
