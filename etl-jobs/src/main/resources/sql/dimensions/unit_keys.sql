select code, unit_key as key from dim_unit
