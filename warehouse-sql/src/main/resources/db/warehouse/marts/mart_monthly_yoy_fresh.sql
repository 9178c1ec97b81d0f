-- mart_monthly_yoy_fresh (temporary): the rows of mart_monthly_yoy from a month on, recomputed
-- (main.monthly_yoy_since_as_of at now). Parameter: the month (DATE, first day). Run by
-- StatisticsMart.refreshChanges, which then checks it fits the stored rows (mart_monthly_yoy_fresh_fits.sql)
-- and either swaps it in (refresh_mart_monthly_yoy_since.sql) or refreshes whole.
create or replace temp table mart_monthly_yoy_fresh as

with recomputed as (
    select * from main.monthly_yoy_since_as_of(null::timestamp, ?::date)
)

select * from recomputed;
