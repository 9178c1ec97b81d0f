-- dim_operation: joint enforcement operations, seeded from reference/operations.csv,
-- plus operation_key 0 ("No operation", operation_code null) for lines outside any operation.
-- grain: one operation. key: operation_key (surrogate, never reassigned); natural key: operation_code.
create table dim_operation (
    operation_key  integer primary key,
    operation_code varchar unique,
    name           varchar,
    domain         varchar,
    start_date     date,
    end_date       date,
    coordinated_by varchar
);
