-- stg_seizure_line: the loaded seizure lines (of every submission, current or not), renamed for the
-- models above.
-- grain: one commodity line of one case. key: line_key.
create or replace view staging.stg_seizure_line as

with source as (
    select * from main.fact_seizure_line
),

renamed as (
    select
        line_key,
        submission_key,
        seizure_date_key,
        reporting_country_key,
        commodity_key,
        unit_key,
        operation_key,
        origin_country_key,
        destination_country_key,
        case_ref,
        quantity,
        mass_kg,
        volume_m3,
        items,
        hs_code,
        transport_mode,
        detection_method,
        direction,
        source_sheet,
        source_row
    from source
)

select * from renamed;
