-- reporting_country_month_as_of(as_of): which country sent a current return for which month (a nil return counts;
-- a return per operation and a regular return for the same month count once).
-- grain: one reporting country x period. key: (reporting_iso3, period).
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.reporting_country_month_as_of(as_of) as table

with submissions as (
    select * from core.submission_as_of(as_of)
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
