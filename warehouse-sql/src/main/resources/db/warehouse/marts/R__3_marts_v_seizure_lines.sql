-- v_seizure_lines (public): one row per current seizure line; lines of superseded, duplicate and
-- rejected submissions are left out.
-- grain: one commodity line of one case of a current submission. key: (source_file, source_sheet, source_row).
-- Columns and their order are the public contract (spec/warehouse.md section 2).
create or replace view main.v_seizure_lines as

with lines as (
    select * from core.current_seizure_line
),

public_columns as (
    select
        reporting_iso3,
        period,
        seizure_date,
        case_ref,
        operation_code,
        commodity_code,
        commodity_category,
        domain,
        cites_listed,
        hs_code,
        quantity,
        unit_code,
        mass_kg,
        volume_m3,
        items,
        origin_iso3,
        destination_iso3,
        transport_mode,
        detection_method,
        direction,
        source_file,
        source_sheet,
        source_row
    from lines
)

select * from public_columns;
