-- Lines and measures are additive: each 'ALL' row equals the sum of the rows it rolls up (cases are not
-- additive: a case can fall in several categories). Checked for the category rollup and the country
-- rollup (to 1e-4: each row is rounded to 6 decimals). Returns the rows that do not add up.
with stats as (
    select * from main.v_monthly_yoy
),

by_category as (
    select "month", reporting_iso3, domain,
           sum(lines) as lines, sum(mass_kg) as mass_kg, sum(volume_m3) as volume_m3, sum(items) as items
    from stats
    where commodity_category <> 'ALL' and domain <> 'ALL'
    group by "month", reporting_iso3, domain
),

by_country as (
    select "month", domain, commodity_category,
           sum(lines) as lines, sum(mass_kg) as mass_kg, sum(volume_m3) as volume_m3, sum(items) as items
    from stats
    where reporting_iso3 <> 'ALL'
    group by "month", domain, commodity_category
)

select 'category rollup' as rollup, stats."month", stats.reporting_iso3, stats.domain, stats.commodity_category
from stats
inner join by_category
    on by_category."month" = stats."month"
   and by_category.reporting_iso3 = stats.reporting_iso3
   and by_category.domain = stats.domain
where stats.commodity_category = 'ALL'
  and (stats.lines <> by_category.lines
       or abs(stats.mass_kg - by_category.mass_kg) > 1e-4
       or abs(stats.volume_m3 - by_category.volume_m3) > 1e-4
       or abs(stats.items - by_category.items) > 1e-4)
union all
select 'country rollup', stats."month", stats.reporting_iso3, stats.domain, stats.commodity_category
from stats
inner join by_country
    on by_country."month" = stats."month"
   and by_country.domain = stats.domain
   and by_country.commodity_category = stats.commodity_category
where stats.reporting_iso3 = 'ALL'
  and (stats.lines <> by_country.lines
       or abs(stats.mass_kg - by_country.mass_kg) > 1e-4
       or abs(stats.volume_m3 - by_country.volume_m3) > 1e-4
       or abs(stats.items - by_country.items) > 1e-4);
