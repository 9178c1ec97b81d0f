-- mart_monthly_yoy_basis_dimensions: a digest of the dimension attributes mart_monthly_yoy was computed with
-- (each commodity's category and domain, each country's ISO3 code), so that StatisticsMart.refreshChanges
-- refreshes whole after they changed (a release whose reference data moves a commodity to another category
-- changes every month, not only those of new returns). One row, or none.
-- grain: one refresh. key: none (one row).
-- Written with mart_monthly_yoy_basis by refresh_mart_monthly_yoy.sql and refresh_mart_monthly_yoy_since.sql;
-- the digest expression is the one of mart_monthly_yoy_changes.sql. Created empty here: the next refresh is whole.
create or replace table main.mart_monthly_yoy_basis_dimensions as

with none_yet as (
    select null::ubigint as digest where false
)

select * from none_yet;
