-- v_operation_results (public): the results of each joint enforcement operation per reporting country and
-- in total ('ALL'), by domain and commodity category ('ALL' where rolled up), as they stand now.
-- The definition lives once, in the table macro main.operation_results_as_of
-- (R__3_marts_0_operation_results_as_of.sql); this view is that macro at "now".
-- grain: one operation_code x reporting_iso3 x domain x commodity_category.
-- key: (operation_code, reporting_iso3, domain, commodity_category).
create or replace view main.v_operation_results as

with now_current as (
    select * from main.operation_results_as_of(null::timestamp)
)

select * from now_current;
