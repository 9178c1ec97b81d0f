-- dim_operation seed (runs after every migrate): the "No operation" row (key 0, code null) and an
-- upsert of reference/operations.csv.
-- grain: one operation. key: operation_key; natural key: operation_code.
-- Known codes keep their key and get their attributes refreshed; new codes get the next keys
-- (max + 1, in start_date, operation_code order). Operations are never deleted: facts reference their keys.
insert into dim_operation (operation_key, operation_code, name, domain, start_date, end_date, coordinated_by)
select 0, null, 'No operation', null, null, null, null
where not exists (select 1 from dim_operation where operation_key = 0);

create or replace temporary table seed_operation as
with source as (
    select *
    from read_csv('${reference_dir}/operations.csv',
                  header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
)

select
    trim(operation_code)               as operation_code,
    trim(name)                         as name,
    nullif(trim(domain), '')           as domain,
    nullif(trim(start_date), '')::date as start_date,
    nullif(trim(end_date), '')::date   as end_date,
    nullif(trim(coordinated_by), '')   as coordinated_by
from source
where nullif(trim(operation_code), '') is not null;

update dim_operation as target
set name = seed.name,
    domain = seed.domain,
    start_date = seed.start_date,
    end_date = seed.end_date,
    coordinated_by = seed.coordinated_by
from seed_operation as seed
where target.operation_code = seed.operation_code
  and (target.name, target.domain, target.start_date, target.end_date, target.coordinated_by)
      is distinct from (seed.name, seed.domain, seed.start_date, seed.end_date, seed.coordinated_by);

insert into dim_operation (operation_key, operation_code, name, domain, start_date, end_date, coordinated_by)
select
    (select coalesce(max(operation_key), 0) from dim_operation) + row_number() over (order by seed.start_date, seed.operation_code),
    seed.operation_code, seed.name, seed.domain, seed.start_date, seed.end_date, seed.coordinated_by
from seed_operation as seed
where seed.operation_code not in (select operation_code from dim_operation where operation_code is not null);

drop table seed_operation;
