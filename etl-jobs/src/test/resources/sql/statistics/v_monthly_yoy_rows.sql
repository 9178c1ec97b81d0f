-- every row and column of v_monthly_yoy, the month written YYYY-MM
select * replace (strftime("month", '%Y-%m') as "month")
from v_monthly_yoy
order by "month", reporting_iso3, domain, commodity_category
