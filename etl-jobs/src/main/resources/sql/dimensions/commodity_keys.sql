select commodity_code as code, commodity_key as key from dim_commodity
