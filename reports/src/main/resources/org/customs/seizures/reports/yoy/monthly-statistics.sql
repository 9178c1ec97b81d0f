-- monthly statistics of one month, as the year-on-year reports show them
-- input: {statistics} (VintageQuery puts there v_monthly_yoy, the materialised statistics as they stand now,
--        or monthly_yoy_as_of(?::timestamp), a vintage recomputed from every line, whose parameter then comes
--        first) and dim_country (names); parameters: [the vintage (TIMESTAMP)], the month (DATE, first day)
-- grain: one row per report table row: the total, each domain, each domain × category,
--        each reporting country, and each reporting country × domain
-- key: statistics_table, reporting_iso3, domain, commodity_category
with

yoy as (
    select * from {statistics} where "month" = ?
),

countries as (
    select iso3, name_en from dim_country
),

tabled as (
    select
        case
            when reporting_iso3 = 'ALL' and domain = 'ALL' and commodity_category = 'ALL' then 'total'
            when reporting_iso3 = 'ALL' and domain <> 'ALL' and commodity_category = 'ALL' then 'domain'
            when reporting_iso3 = 'ALL' and domain <> 'ALL' and commodity_category <> 'ALL' then 'category'
            when reporting_iso3 <> 'ALL' and commodity_category = 'ALL' then 'country'
        end as statistics_table,
        yoy.*
    from yoy
)

select
    tabled.statistics_table,
    tabled.reporting_iso3,
    countries.name_en as country_name,
    tabled.domain,
    tabled.commodity_category,
    tabled.cases, tabled.cases_prev, tabled.cases_yoy_pct,
    tabled.cases_ytd, tabled.cases_ytd_prev, tabled.cases_ytd_yoy_pct,
    tabled.lines, tabled.lines_prev, tabled.lines_yoy_pct,
    tabled.lines_ytd, tabled.lines_ytd_prev, tabled.lines_ytd_yoy_pct,
    tabled.mass_kg, tabled.mass_kg_prev, tabled.mass_kg_yoy_pct,
    tabled.mass_kg_ytd, tabled.mass_kg_ytd_prev, tabled.mass_kg_ytd_yoy_pct,
    tabled.volume_m3, tabled.volume_m3_prev, tabled.volume_m3_yoy_pct,
    tabled.volume_m3_ytd, tabled.volume_m3_ytd_prev, tabled.volume_m3_ytd_yoy_pct,
    tabled.items, tabled.items_prev, tabled.items_yoy_pct,
    tabled.items_ytd, tabled.items_ytd_prev, tabled.items_ytd_yoy_pct,
    tabled.reporting_countries,
    tabled.reporting_countries_prev,
    tabled.comparable
from tabled
left join countries on countries.iso3 = tabled.reporting_iso3
where tabled.statistics_table is not null
order by
    case tabled.statistics_table when 'total' then 1 when 'domain' then 2 when 'category' then 3 else 4 end,
    tabled.reporting_iso3,
    tabled.domain <> 'ALL',
    tabled.domain,
    tabled.commodity_category
