-- the reporting countries of the nightly workload: those of the synthetic history
select iso3 from dim_country order by country_key limit {countries}
