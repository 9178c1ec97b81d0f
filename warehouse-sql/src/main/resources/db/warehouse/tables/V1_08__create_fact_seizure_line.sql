-- fact_seizure_line: the seizure lines of every loaded submission (superseded ones stay, flagged by
-- their submission's status).
-- grain: one commodity line of one case. key: line_key (assigned by the loader).
-- No foreign key constraints: the assert_*.sql tests check that every key exists in its dimension,
-- and that exactly one of mass_kg / volume_m3 / items is set.
create table fact_seizure_line (
    line_key                bigint  not null,
    submission_key          integer not null,
    seizure_date_key        integer not null,
    reporting_country_key   integer not null,
    commodity_key           integer not null,
    unit_key                integer not null,
    operation_key           integer not null,
    origin_country_key      integer,
    destination_country_key integer,
    case_ref                varchar not null,
    quantity                double  not null,
    unit_text               varchar,
    mass_kg                 double,
    volume_m3               double,
    items                   double,
    commodity_text          varchar not null,
    classified_by           varchar not null,
    species                 varchar,
    hs_code                 varchar,
    origin_text             varchar,
    destination_text        varchar,
    transport_mode          varchar,
    detection_method        varchar,
    concealment             varchar,
    direction               varchar,
    location                varchar,
    estimated_value         double,
    currency                varchar,
    remarks                 varchar,
    source_sheet            varchar not null,
    source_row              integer not null
);
