-- dim_country: the countries of ISO 3166-1, seeded from reference/iso3166_countries.csv.
-- grain: one country. key: country_key (surrogate, never reassigned); natural key: iso3.
create table dim_country (
    country_key integer primary key,
    iso3        varchar not null unique,
    iso2        varchar,
    iso_numeric varchar,
    name_en     varchar,
    name_fr     varchar,
    name_es     varchar,
    wco_region  varchar
);
