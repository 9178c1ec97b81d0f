-- resolve_versions: decides which submission is the current version of each return.
-- Among submissions with status 'loaded' or 'superseded', per (reporting_iso3, period, operation_code)
-- (a null operation_code is one group of its own), the current one has the highest version, then the
-- latest submitted_on, then the latest received_at, then the highest submission_key (nulls lose).
-- It becomes 'loaded' and the others 'superseded'. Rejected and duplicate files are not touched.
-- Idempotent: only rows whose status changes are updated.
update dim_submission as target
set status = ranked.resolved_status
from (
    with candidates as (
        select submission_key, reporting_iso3, period, operation_code, version, submitted_on, received_at, status
        from dim_submission
        where status in ('loaded', 'superseded')
    ),

    ordered as (
        select
            submission_key,
            status,
            row_number() over (
                partition by reporting_iso3, period, operation_code
                order by version desc nulls last,
                         submitted_on desc nulls last,
                         received_at desc nulls last,
                         submission_key desc
            ) as recency
        from candidates
    )

    select
        submission_key,
        status,
        case when recency = 1 then 'loaded' else 'superseded' end as resolved_status
    from ordered
) as ranked
where target.submission_key = ranked.submission_key
  and target.status is distinct from ranked.resolved_status;
