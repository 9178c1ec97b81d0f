-- dim_commodity seed (runs after every migrate): upserts reference/commodities.csv (UNCLASSIFIED included).
-- grain: one commodity code. key: commodity_key; natural key: commodity_code.
-- Known codes keep their key and get their attributes refreshed; new codes get the next keys
-- (max + 1, in commodity_code order). Codes are never deleted: facts reference their keys.
create or replace temporary table seed_commodity as
with source as (
    select *
    from read_csv('${reference_dir}/commodities.csv',
                  header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
)

select
    trim(commodity_code)                          as commodity_code,
    trim(name_en)                                 as name_en,
    trim(domain)                                  as domain,
    trim(category)                                as category,
    nullif(trim(hs_heading), '')                  as hs_heading,
    lower(trim(cites_listed)) in ('true', 'yes', 'y', '1') as cites_listed,
    trim(measures)                                as measures
from source
where nullif(trim(commodity_code), '') is not null;

update dim_commodity as target
set name_en = seed.name_en,
    domain = seed.domain,
    category = seed.category,
    hs_heading = seed.hs_heading,
    cites_listed = seed.cites_listed,
    measures = seed.measures
from seed_commodity as seed
where target.commodity_code = seed.commodity_code
  and (target.name_en, target.domain, target.category, target.hs_heading, target.cites_listed, target.measures)
      is distinct from (seed.name_en, seed.domain, seed.category, seed.hs_heading, seed.cites_listed, seed.measures);

insert into dim_commodity (commodity_key, commodity_code, name_en, domain, category, hs_heading, cites_listed, measures)
select
    (select coalesce(max(commodity_key), 0) from dim_commodity) + row_number() over (order by seed.commodity_code),
    seed.commodity_code, seed.name_en, seed.domain, seed.category, seed.hs_heading, seed.cites_listed, seed.measures
from seed_commodity as seed
where seed.commodity_code not in (select commodity_code from dim_commodity);

drop table seed_commodity;
