-- Records the stamp of a complete migrate (parameter: the fingerprint of the packaged resources).
insert into warehouse_schema_stamp (fingerprint, history_digest, stamped_at)
select
    ?,
    md5(coalesce(string_agg(
        concat_ws('|', installed_rank, version, description, type, script, checksum, success),
        ';' order by installed_rank), '')),
    now()
from flyway_schema_history;
