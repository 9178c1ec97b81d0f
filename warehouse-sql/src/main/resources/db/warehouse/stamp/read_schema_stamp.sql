-- The stamp of the last complete migrate, and the digest of the Flyway history as it stands now.
-- The history digest covers every applied migration (rank, version, script, checksum, success):
-- a row added, removed, failed or edited since the stamp was written makes it differ.
select
    (select fingerprint from warehouse_schema_stamp)    as fingerprint,
    (select history_digest from warehouse_schema_stamp) as stamped_history_digest,
    (select md5(coalesce(string_agg(
                concat_ws('|', installed_rank, version, description, type, script, checksum, success),
                ';' order by installed_rank), ''))
     from flyway_schema_history)                         as history_digest,
    (select count(*) from warehouse_schema_stamp)        as stamps;
