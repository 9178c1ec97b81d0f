-- seizure_case_month_as_of(as_of): the current lines summed per case, month of seizure, domain and category;
-- the finest grain that the monthly statistics need (a case with lines in two categories gives two rows).
-- grain: one case (reporting_iso3 + case_ref) x seizure month x domain x commodity_category.
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
create or replace macro core.seizure_case_month_as_of(as_of) as table

with lines as (
    select * from core.seizure_line_as_of(as_of)
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
