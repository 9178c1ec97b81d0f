select iso3 as code, country_key as key from dim_country
