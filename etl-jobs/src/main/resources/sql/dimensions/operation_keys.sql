select coalesce(operation_code, '') as code, operation_key as key from dim_operation
