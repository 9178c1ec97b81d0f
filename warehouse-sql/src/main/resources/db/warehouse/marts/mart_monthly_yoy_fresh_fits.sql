-- mart_monthly_yoy_fresh_fits: whether the recomputed rows from a month on (temp.mart_monthly_yoy_fresh) can
-- replace the stored rows from that month on and give exactly main.monthly_yoy_as_of(null). One row, `fits`:
-- true when the stored rows reach the month before (the rows before the first recomputed month are unchanged
-- and the month spine has no gap), and the combinations of that month (every month has them all) are those of
-- the recomputed rows (a new country, domain or category, or one whose only lines were superseded, changes the
-- rows of every month). Otherwise the caller refreshes whole.
with fresh as (
    select * from temp.mart_monthly_yoy_fresh
),

stored as (
    select * from main.mart_monthly_yoy
),

first_fresh as (
    select min("month") as month_start from fresh
),

fresh_combinations as (
    select distinct fresh.reporting_iso3, fresh.domain, fresh.commodity_category
    from fresh, first_fresh
    where fresh."month" = first_fresh.month_start
),

stored_combinations as (
    select distinct stored.reporting_iso3, stored.domain, stored.commodity_category
    from stored, first_fresh
    where stored."month" = (first_fresh.month_start - interval 1 month)::date
),

differences as (
    select count(*) as combinations
    from (
        (select * from fresh_combinations except select * from stored_combinations)
        union all
        (select * from stored_combinations except select * from fresh_combinations)
    )
)

select
    (select month_start from first_fresh) is not null
    and exists (select 1 from stored_combinations)
    and (select combinations from differences) = 0 as fits;
