-- dim_unit: the UN/ECE Recommendation 20 units used in returns, seeded from reference/units.csv.
-- grain: one unit code. key: unit_key (surrogate, never reassigned); natural key: code.
create table dim_unit (
    unit_key       integer primary key,
    code           varchar not null unique,
    name           varchar,
    dimension      varchar,
    factor_to_base double
);
