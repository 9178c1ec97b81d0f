-- The *_prev columns hold the values of the same month one year earlier (or 0 before the first month).
-- Guards the lag(..., 12) over the dense month spine. Returns the rows that disagree.
with stats as (
    select * from main.v_monthly_yoy
)

select this_year."month", this_year.reporting_iso3, this_year.domain, this_year.commodity_category
from stats as this_year
left join stats as last_year
    on last_year."month" = (this_year."month" - interval 12 month)::date
   and last_year.reporting_iso3 = this_year.reporting_iso3
   and last_year.domain = this_year.domain
   and last_year.commodity_category = this_year.commodity_category
where this_year.cases_prev <> coalesce(last_year.cases, 0)
   or this_year.lines_prev <> coalesce(last_year.lines, 0)
   or this_year.mass_kg_prev <> coalesce(last_year.mass_kg, 0)
   or this_year.volume_m3_prev <> coalesce(last_year.volume_m3, 0)
   or this_year.items_prev <> coalesce(last_year.items, 0)
   or this_year.cases_ytd_prev <> coalesce(last_year.cases_ytd, 0)
   or this_year.lines_ytd_prev <> coalesce(last_year.lines_ytd, 0)
   or this_year.mass_kg_ytd_prev <> coalesce(last_year.mass_kg_ytd, 0)
   or this_year.reporting_countries_prev <> coalesce(last_year.reporting_countries, this_year.reporting_countries_prev);
