-- record_mart_monthly_yoy_basis: records what main.mart_monthly_yoy was just computed from, for
-- StatisticsMart.refreshChanges to tell what changed since: the submissions that were current
-- (mart_monthly_yoy_basis) and a digest of the commodities' categories and domains and the countries' codes
-- (mart_monthly_yoy_basis_dimensions). Run by StatisticsMart after either refresh, in the same transaction;
-- not run by Flyway.
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
