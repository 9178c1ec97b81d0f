-- v_monthly_yoy (the materialised main.mart_monthly_yoy) equals main.monthly_yoy_as_of(null), row for row:
-- a run that changed lines or submissions without StatisticsMart.refresh leaves stale statistics.
-- Returns the rows found on one side only, with the side ('stale' = in the view, 'missing' = in the macro).
with materialised as (
    select * from main.v_monthly_yoy
),

recomputed as (
    select * from main.monthly_yoy_as_of(null::timestamp)
),

stale as (
    select 'stale' as side, * from (select * from materialised except all select * from recomputed)
),

missing as (
    select 'missing' as side, * from (select * from recomputed except all select * from materialised)
)

select * from stale
union all
select * from missing;
