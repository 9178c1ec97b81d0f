-- refresh_mart_monthly_yoy_since: replaces the rows of main.mart_monthly_yoy from the first month of
-- temp.mart_monthly_yoy_fresh on with those recomputed rows (mart_monthly_yoy_fresh.sql, checked by
-- mart_monthly_yoy_fresh_fits.sql); what they were computed from is then recorded by
-- record_mart_monthly_yoy_basis.sql. Run by StatisticsMart.refreshChanges in the caller's transaction; not run
-- by Flyway. Insert by position: the tables have the columns of monthly_yoy_as_of, in order.
delete from main.mart_monthly_yoy
where "month" >= (select min("month") from temp.mart_monthly_yoy_fresh);

insert into main.mart_monthly_yoy
select * from temp.mart_monthly_yoy_fresh;

drop table temp.mart_monthly_yoy_fresh;
