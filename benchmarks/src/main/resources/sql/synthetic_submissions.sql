-- Synthetic current submissions for the statistics and nightly workloads: one loaded return per
-- country and month, for {months} months ending with {last_month}, over the first {countries} countries.
insert into dim_submission (file_name, sha256, reporting_iso3, period, version, submitted_on,
                            received_at, status, is_nil_return, rows_read, rows_loaded)
select
    countries.iso3 || '_' || strftime(months.period, '%Y-%m') || '.xlsx'           as file_name,
    md5(countries.iso3 || months.m::varchar)                                         as sha256,
    countries.iso3                                                                   as reporting_iso3,
    months.period,
    1,
    (months.period + interval 40 day)::date,
    (months.period + interval 40 day)::timestamp,
    'loaded',
    false,
    0,
    0
from (select iso3 from dim_country order by country_key limit {countries}) as countries
cross join (
    select m, (date '{last_month}' - to_months(m))::date as period
    from range({months}) as r(m)
) as months
order by months.m desc, countries.iso3
