-- warehouse_schema_stamp: one row written after each complete migrate (Flyway + reference seeds).
-- fingerprint: SHA-256 of every packaged migration, seed script and seed reference file;
-- history_digest: md5 of flyway_schema_history at that moment. When both still match, the next
-- start skips Flyway and the seeds (nothing could have changed); otherwise it migrates in full.
-- Not part of the public contract: it may be dropped at any time (the next start migrates in full).
create table if not exists warehouse_schema_stamp (
    fingerprint    varchar   not null,
    history_digest varchar   not null,
    stamped_at     timestamp not null
);
delete from warehouse_schema_stamp;
