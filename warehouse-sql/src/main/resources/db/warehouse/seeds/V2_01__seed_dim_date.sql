-- dim_date seed: every day from 1990-01-01 to 2040-12-31, generated in SQL.
-- grain: one day. key: date_key = yyyymmdd.
-- To extend the calendar, add a new versioned migration inserting the days after 2040-12-31.
with days as (
    select unnest(generate_series(date '1990-01-01', date '2040-12-31', interval 1 day))::date as day
),

calendar as (
    select
        (year(day) * 10000 + month(day) * 100 + day(day))::integer as date_key,
        day                                                       as date,
        year(day)::integer                                        as year,
        quarter(day)::integer                                     as quarter,
        month(day)::integer                                       as month,
        date_trunc('month', day)::date                            as month_start,
        week(day)::integer                                        as iso_week,
        isodow(day)::integer                                      as day_of_week
    from days
)

insert into dim_date (date_key, date, year, quarter, month, month_start, iso_week, day_of_week)
select date_key, date, year, quarter, month, month_start, iso_week, day_of_week
from calendar
order by date_key;
