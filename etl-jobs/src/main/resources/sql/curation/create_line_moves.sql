-- The lines reclassify moves, one row per line with its new mappings and measures, appended while the stored
-- lines are re-derived and then applied in one update (a statement per line scans the fact table each time).
-- Temporary: it lives as long as the reclassify's connection.
-- grain: one moved fact line. key: line_key.
create or replace temporary table line_moves (
    line_key                bigint  not null,
    commodity_key           integer not null,
    classified_by           varchar not null,
    unit_key                integer not null,
    mass_kg                 double,
    volume_m3               double,
    items                   double,
    origin_country_key      integer,
    destination_country_key integer,
    -- the commodity or the rule that classified it changed: the line's COMMODITY_HS_CONFLICT warning is redone
    classification_moved    boolean not null,
    -- the new classification's COMMODITY_HS_CONFLICT message, null when text and HS code agree
    conflict                varchar
)
