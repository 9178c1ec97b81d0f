-- dim_commodity: the commodity taxonomy, seeded from reference/commodities.csv (UNCLASSIFIED included).
-- grain: one commodity code. key: commodity_key (surrogate, never reassigned); natural key: commodity_code.
create table dim_commodity (
    commodity_key  integer primary key,
    commodity_code varchar not null unique,
    name_en        varchar,
    domain         varchar,
    category       varchar,
    hs_heading     varchar,
    cites_listed   boolean,
    measures       varchar
);
