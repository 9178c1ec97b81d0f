-- submission_as_of(as_of): the submissions whose data counted at the moment as_of (a TIMESTAMP; null =
-- now, every submission received so far): among the files received at or before as_of with status
-- 'loaded' or 'superseded', the current version of each return, chosen exactly as resolve_versions.sql
-- chooses it (per reporting_iso3 x period x operation_code: the highest version, then the latest
-- submitted_on, then the latest received_at, then the highest submission_key). A return superseded
-- later still counts before its replacement arrived; the replacement does not count before it arrived.
-- Nil returns included; duplicate and rejected files never count.
-- With as_of null it gives the submissions resolve_versions marks 'loaded'
-- (assert_current_submission_is_the_loaded_one.sql).
-- grain: one submission current at as_of. key: submission_key.
create or replace macro core.submission_as_of(as_of) as table

with submissions as (
    select * from staging.stg_submission
),

received_by_then as (
    select *
    from submissions
    where status in ('loaded', 'superseded')
      and (as_of is null or received_at <= as_of)
),

ranked as (
    select
        *,
        row_number() over (
            partition by reporting_iso3, period, operation_code
            order by version desc nulls last,
                     submitted_on desc nulls last,
                     received_at desc nulls last,
                     submission_key desc
        ) as recency
    from received_by_then
),

current_then as (
    select
        submission_key,
        source_file,
        reporting_iso3,
        period,
        operation_code,
        is_nil_return,
        received_at
    from ranked
    where recency = 1
)

select * from current_then;
