-- Layer schemas for the warehouse's views.
-- Tables and the public marts (v_seizure_lines, v_monthly_yoy) live in "main", so that
-- data teams query them without a schema name; the internal layers get their own schema.
create schema if not exists staging;
create schema if not exists core;
