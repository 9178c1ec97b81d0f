-- the statistics workload: one month of v_monthly_yoy, as ./seizures stats reads it
select * from v_monthly_yoy where "month" = date '{month}'
