-- commodity_category_bit: each commodity's (domain, category) pair numbered 0, 1, 2, ... (category_bit), so that
-- the pairs a case has lines in fit one UHUGEINT bit set (core.monthly_case_measures_as_of): a bit per pair
-- replaces grouping every case once per domain/category combination. Pairs are distinct (domain, category)
-- of dim_commodity, nulls included as their own pair (as a group by makes them). More than 128 pairs fail loudly.
-- grain: one commodity. key: commodity_key.
create or replace view core.commodity_category_bit as

with commodities as (
    select commodity_key, domain, category from main.dim_commodity
),

pairs as (
    select distinct domain, category from commodities
),

numbered as (
    select
        domain,
        category,
        (row_number() over (order by domain nulls first, category nulls first) - 1)::integer as category_bit
    from pairs
),

checked as (
    select
        domain,
        category,
        case
            when category_bit < 128 then category_bit
            else error('core.commodity_category_bit: more than 128 (domain, category) pairs in dim_commodity')
        end as category_bit
    from numbered
),

per_commodity as (
    select
        commodities.commodity_key,
        checked.domain,
        checked.category,
        checked.category_bit
    from commodities
    inner join checked
        on checked.domain is not distinct from commodities.domain
       and checked.category is not distinct from commodities.category
)

select * from per_commodity;
