-- seizure_case_month: the current lines summed per case, month of seizure, domain and category;
-- the finest grain that the monthly statistics need (a case with lines in two categories gives two rows).
-- grain: one case (reporting_iso3 + case_ref) x seizure month x domain x commodity_category.
create or replace view core.seizure_case_month as

with lines as (
    select * from core.current_seizure_line
),

per_case_month as (
    select
        reporting_iso3,
        case_ref,
        date_trunc('month', seizure_date)::date as month_start,
        domain,
        commodity_category,
        count(*)                                as lines,
        coalesce(sum(mass_kg), 0)::double       as mass_kg,
        coalesce(sum(volume_m3), 0)::double     as volume_m3,
        coalesce(sum(items), 0)::double         as items
    from lines
    group by reporting_iso3, case_ref, date_trunc('month', seizure_date)::date, domain, commodity_category
)

select * from per_case_month;
