-- mart_monthly_yoy_changes: what changed since mart_monthly_yoy was last refreshed, as one row:
--   basis_submissions   the submissions the mart was computed from (0: unknown, refresh it whole)
--   unknown_submissions changed submissions no longer in dim_submission (their months cannot be found: refresh whole)
--   since               the first month (DATE, first day) that a changed submission reports or has a line in;
--                       null when nothing changed
--   dimensions_changed  the commodities' categories and domains or the countries' codes are not those of the
--                       refresh (or were not recorded): refresh whole
-- A submission changed when it became current or stopped being current since the refresh (lines of a stored
-- submission only change through reclassify, which refreshes whole). Run by StatisticsMart.refreshChanges; reads
-- the staging views (submission keys, periods, line dates) rather than the joined core lines, to stay cheap.
with current_now as (
    select submission_key from core.current_submission
),

dimensions_now as (
    select hash(
        (select list(row(commodity_key, category, domain) order by commodity_key) from main.dim_commodity),
        (select list(row(country_key, iso3) order by country_key) from main.dim_country)
    ) as digest
),

dimensions_then as (
    select digest from main.mart_monthly_yoy_basis_dimensions
),

basis as (
    select submission_key from main.mart_monthly_yoy_basis
),

submissions as (
    select submission_key, period from staging.stg_submission
),

lines as (
    select submission_key, seizure_date_key from staging.stg_seizure_line
),

changed as (
    (select submission_key from current_now except select submission_key from basis)
    union
    (select submission_key from basis except select submission_key from current_now)
),

changed_months as (
    select submissions.period as month_start
    from changed
    inner join submissions on submissions.submission_key = changed.submission_key
    union all
    select make_date(lines.seizure_date_key // 10000, lines.seizure_date_key // 100 % 100, 1) as month_start
    from lines
    semi join changed on changed.submission_key = lines.submission_key
)

select
    (select count(*) from basis)                                                    as basis_submissions,
    (select count(*) from changed anti join submissions
        on submissions.submission_key = changed.submission_key)                     as unknown_submissions,
    (select min(month_start) from changed_months)::date                             as since,
    not exists (select 1 from dimensions_then, dimensions_now
                where dimensions_then.digest = dimensions_now.digest)                as dimensions_changed;
