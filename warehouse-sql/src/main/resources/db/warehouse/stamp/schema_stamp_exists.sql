-- Does the warehouse hold a schema stamp and a Flyway history to compare it with? (2 = both)
select count(*)
from information_schema.tables
where table_schema = 'main'
  and table_name in ('warehouse_schema_stamp', 'flyway_schema_history');
