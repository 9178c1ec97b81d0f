-- reporting_country_month: which country sent a current return for which month (a nil return counts;
-- a return per operation and a regular return for the same month count once).
-- grain: one reporting country x period. key: (reporting_iso3, period).
create or replace view core.reporting_country_month as

with submissions as (
    select * from core.current_submission
),

country_months as (
    select distinct
        reporting_iso3,
        period
    from submissions
    where reporting_iso3 is not null
      and period is not null
)

select * from country_months;
