-- commodity_category_rollup: the domain/category combinations of the statistics, the (domain, category) pairs
-- rolled up with CUBE ('ALL' where rolled up), each with the bit set of the pairs it covers
-- (core.commodity_category_bit): (d, c) its pair, (d, 'ALL') the pairs of domain d, ('ALL', c) the pairs named c
-- in any domain, ('ALL', 'ALL') every pair. A case counts in a combination when its bit set meets the
-- combination's.
-- grain: one domain x commodity_category (each possibly 'ALL'). key: rollup_key.
create or replace view core.commodity_category_rollup as

with pairs as (
    select distinct domain, category, category_bit from core.commodity_category_bit
),

rolled_up as (
    select
        case when grouping(domain) = 1 then 'ALL' else domain end         as domain,
        case when grouping(category) = 1 then 'ALL' else category end     as commodity_category,
        bit_or(1::uhugeint << category_bit::uhugeint)                     as category_bits
    from pairs
    group by cube(domain, category)
),

keyed as (
    select
        (row_number() over (order by domain nulls first, commodity_category nulls first))::integer as rollup_key,
        domain,
        commodity_category,
        category_bits
    from rolled_up
)

select * from keyed;
