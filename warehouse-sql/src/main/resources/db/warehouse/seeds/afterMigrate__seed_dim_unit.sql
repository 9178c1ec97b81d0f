-- dim_unit seed (runs after every migrate): upserts reference/units.csv.
-- grain: one Rec 20 unit code. key: unit_key; natural key: code.
-- Known codes keep their key and get their attributes refreshed; new codes get the next keys
-- (max + 1, in code order). Codes are never deleted: facts reference their keys.
create or replace temporary table seed_unit as
with source as (
    select *
    from read_csv('${reference_dir}/units.csv',
                  header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
)

select
    trim(code)                    as code,
    trim(name)                    as name,
    trim(dimension)               as dimension,
    trim(factor_to_base)::double  as factor_to_base
from source
where nullif(trim(code), '') is not null;

update dim_unit as target
set name = seed.name,
    dimension = seed.dimension,
    factor_to_base = seed.factor_to_base
from seed_unit as seed
where target.code = seed.code
  and (target.name, target.dimension, target.factor_to_base)
      is distinct from (seed.name, seed.dimension, seed.factor_to_base);

insert into dim_unit (unit_key, code, name, dimension, factor_to_base)
select
    (select coalesce(max(unit_key), 0) from dim_unit) + row_number() over (order by seed.code),
    seed.code, seed.name, seed.dimension, seed.factor_to_base
from seed_unit as seed
where seed.code not in (select code from dim_unit);

drop table seed_unit;
