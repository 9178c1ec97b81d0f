-- mart_monthly_yoy_basis: the submissions mart_monthly_yoy was computed from (the current submissions at its
-- last refresh), so that StatisticsMart.refreshChanges can find what changed since: the submissions that
-- became current (a new return, a new version) or stopped being current (superseded), whose periods and line
-- months are the months to recompute (mart_monthly_yoy_changes.sql).
-- grain: one submission. key: submission_key.
-- Written by refresh_mart_monthly_yoy.sql and refresh_mart_monthly_yoy_since.sql, in the transaction that
-- writes mart_monthly_yoy. Created empty here (also when Flyway re-applies this file): an empty basis makes the
-- next refresh a full one, so it never claims more than the mart holds.
create or replace table main.mart_monthly_yoy_basis as

with none_yet as (
    select submission_key from core.current_submission where false
)

select * from none_yet;
