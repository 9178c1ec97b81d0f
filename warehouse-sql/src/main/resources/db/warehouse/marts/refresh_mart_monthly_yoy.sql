-- refresh_mart_monthly_yoy: recomputes main.mart_monthly_yoy (read by v_monthly_yoy) from the current
-- submissions and lines. Run by StatisticsMart.refresh at the end of every ingest and reclassify, in the
-- caller's transaction (readers see the old rows until it commits); not run by Flyway (its name does not
-- follow Flyway's convention). Insert by position: the table has the columns of monthly_yoy_as_of, in order.
-- Also records the submissions and the digest of dimensions the rows were computed from
-- (mart_monthly_yoy_basis, mart_monthly_yoy_basis_dimensions: for refreshChanges), and
-- drops the rows refreshChanges recomputed if they did not fit (temp.mart_monthly_yoy_fresh).
delete from main.mart_monthly_yoy;

insert into main.mart_monthly_yoy
select * from main.monthly_yoy_as_of(null::timestamp);

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

drop table if exists temp.mart_monthly_yoy_fresh;
