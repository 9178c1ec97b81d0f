-- dim_date: the calendar, generated in SQL (see seeds/V2_01__seed_dim_date.sql).
-- grain: one day. key: date_key = yyyymmdd.
-- iso_week is the ISO 8601 week number; day_of_week is ISO (1 = Monday ... 7 = Sunday).
create table dim_date (
    date_key    integer primary key,
    date        date not null,
    year        integer,
    quarter     integer,
    month       integer,
    month_start date,
    iso_week    integer,
    day_of_week integer
);
