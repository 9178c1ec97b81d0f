-- dim_country seed (runs after every migrate): upserts reference/iso3166_countries.csv.
-- grain: one country. key: country_key; natural key: iso3.
-- Known countries keep their key and get their names refreshed; new countries get the next keys
-- (max + 1, in iso3 order). Countries are never deleted: facts reference their keys.
-- wco_region is not in the reference data and is left as it is (null unless set by a migration).
create or replace temporary table seed_country as
with source as (
    select *
    from read_csv('${reference_dir}/iso3166_countries.csv',
                  header = true, delim = ',', quote = '"', escape = '"', all_varchar = true)
)

select
    trim(iso_alpha3)  as iso3,
    trim(iso_alpha2)  as iso2,
    trim(iso_numeric) as iso_numeric,
    trim(name_en)     as name_en,
    trim(name_fr)     as name_fr,
    trim(name_es)     as name_es
from source
where nullif(trim(iso_alpha3), '') is not null;

update dim_country as target
set iso2 = seed.iso2,
    iso_numeric = seed.iso_numeric,
    name_en = seed.name_en,
    name_fr = seed.name_fr,
    name_es = seed.name_es
from seed_country as seed
where target.iso3 = seed.iso3
  and (target.iso2, target.iso_numeric, target.name_en, target.name_fr, target.name_es)
      is distinct from (seed.iso2, seed.iso_numeric, seed.name_en, seed.name_fr, seed.name_es);

insert into dim_country (country_key, iso3, iso2, iso_numeric, name_en, name_fr, name_es, wco_region)
select
    (select coalesce(max(country_key), 0) from dim_country) + row_number() over (order by seed.iso3),
    seed.iso3, seed.iso2, seed.iso_numeric, seed.name_en, seed.name_fr, seed.name_es, null
from seed_country as seed
where seed.iso3 not in (select iso3 from dim_country);

drop table seed_country;
