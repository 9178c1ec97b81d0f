-- stg_submission: the received files as the loader recorded them, renamed for the models above.
-- grain: one received file. key: submission_key.
create or replace view staging.stg_submission as

with source as (
    select * from main.dim_submission
),

renamed as (
    select
        submission_key,
        file_name as source_file,
        sha256,
        reporting_iso3,
        period,
        operation_code,
        version,
        submitted_on,
        received_at,
        status,
        is_nil_return
    from source
)

select * from renamed;
