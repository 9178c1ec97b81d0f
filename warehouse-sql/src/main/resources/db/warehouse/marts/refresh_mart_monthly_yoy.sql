-- refresh_mart_monthly_yoy: recomputes main.mart_monthly_yoy (read by v_monthly_yoy) from the current
-- submissions and lines. Run by StatisticsMart.refresh at the end of every ingest and reclassify, in the
-- caller's transaction (readers see the old rows until it commits); not run by Flyway (its name does not
-- follow Flyway's convention). Insert by position: the table has the columns of monthly_yoy_as_of, in order.
-- Also drops the rows refreshChanges recomputed if they did not fit (temp.mart_monthly_yoy_fresh). What the
-- rows were computed from is then recorded by record_mart_monthly_yoy_basis.sql.
delete from main.mart_monthly_yoy;

insert into main.mart_monthly_yoy
select * from main.monthly_yoy_as_of(null::timestamp);

drop table if exists temp.mart_monthly_yoy_fresh;
