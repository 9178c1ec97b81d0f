-- Referential integrity of fact_seizure_line (there are no foreign key constraints): every key exists
-- in its dimension. Returns one row per missing reference.
with lines as (
    select * from main.fact_seizure_line
),

references_to_check as (
    select line_key, 'submission_key' as key_column, submission_key as key_value,
           submission_key in (select submission_key from main.dim_submission) as found
    from lines
    union all
    select line_key, 'seizure_date_key', seizure_date_key,
           seizure_date_key in (select date_key from main.dim_date)
    from lines
    union all
    select line_key, 'reporting_country_key', reporting_country_key,
           reporting_country_key in (select country_key from main.dim_country)
    from lines
    union all
    select line_key, 'commodity_key', commodity_key,
           commodity_key in (select commodity_key from main.dim_commodity)
    from lines
    union all
    select line_key, 'unit_key', unit_key,
           unit_key in (select unit_key from main.dim_unit)
    from lines
    union all
    select line_key, 'operation_key', operation_key,
           operation_key in (select operation_key from main.dim_operation)
    from lines
    union all
    select line_key, 'origin_country_key', origin_country_key,
           origin_country_key in (select country_key from main.dim_country)
    from lines
    where origin_country_key is not null
    union all
    select line_key, 'destination_country_key', destination_country_key,
           destination_country_key in (select country_key from main.dim_country)
    from lines
    where destination_country_key is not null
)

select line_key, key_column, key_value
from references_to_check
where not found;
