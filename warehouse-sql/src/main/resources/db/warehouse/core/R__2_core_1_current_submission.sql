-- current_submission: the submissions whose data counts (status 'loaded'): the current version of each
-- return, nil returns included; superseded, duplicate and rejected files are left out.
-- grain: one current submission. key: submission_key.
create or replace view core.current_submission as

with submissions as (
    select * from staging.stg_submission
),

current_only as (
    select
        submission_key,
        source_file,
        reporting_iso3,
        period,
        operation_code,
        is_nil_return
    from submissions
    where status = 'loaded'
)

select * from current_only;
