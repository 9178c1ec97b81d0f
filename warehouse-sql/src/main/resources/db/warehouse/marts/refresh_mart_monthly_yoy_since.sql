-- refresh_mart_monthly_yoy_since: replaces the rows of main.mart_monthly_yoy from the first month of
-- temp.mart_monthly_yoy_fresh on with those recomputed rows (mart_monthly_yoy_fresh.sql, checked by
-- mart_monthly_yoy_fresh_fits.sql), and records the submissions and dimensions they were computed from. Run by
-- StatisticsMart.refreshChanges in the caller's transaction; not run by Flyway. Insert by position: the
-- tables have the columns of monthly_yoy_as_of, in order.
delete from main.mart_monthly_yoy
where "month" >= (select min("month") from temp.mart_monthly_yoy_fresh);

insert into main.mart_monthly_yoy
select * from temp.mart_monthly_yoy_fresh;

delete from main.mart_monthly_yoy_basis;

insert into main.mart_monthly_yoy_basis
select submission_key from core.current_submission;

delete from main.mart_monthly_yoy_basis_dimensions;

insert into main.mart_monthly_yoy_basis_dimensions
with dimensions as (
    select hash(
        (select list(row(commodity_key, category, domain) order by commodity_key) from main.dim_commodity),
        (select list(row(country_key, iso3) order by country_key) from main.dim_country)
    ) as digest
)
select digest from dimensions;

drop table temp.mart_monthly_yoy_fresh;
