-- dim_date has one row per day without gaps, and date_key is the date as yyyymmdd.
-- Returns the offending days.
with days as (
    select
        date_key,
        date,
        lag(date) over (order by date) as previous_date
    from main.dim_date
)

select date_key, date, previous_date
from days
where date_key <> strftime(date, '%Y%m%d')::integer
   or (previous_date is not null and date - previous_date <> 1);
