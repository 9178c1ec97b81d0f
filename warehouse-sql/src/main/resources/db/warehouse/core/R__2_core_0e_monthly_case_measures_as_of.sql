-- monthly_case_measures_as_of(as_of, data_from): per seizure month and combination of reporting_iso3, domain and
-- commodity_category ('ALL' where rolled up), the cases, the cases seen for the first time in the calendar year
-- (new_cases), the lines and the measure sums. Only months and combinations with seizures appear.
-- grain: one month x reporting_iso3 x domain x commodity_category (each possibly 'ALL'). key: all four.
--
-- The lines are grouped by case once: one row per case and year with the bit set of the (domain, category)
-- pairs it has lines in (core.commodity_category_bit); only the lines of cases seen in several months of a year
-- are grouped again, per month. A case counts in a combination when its bit set meets
-- the combination's (core.commodity_category_rollup), so a case with lines in two categories counts once in each
-- category and once in 'ALL'; it is new in a combination in the first month of the year its bit set meets the
-- combination's (a case with ivory in January and pangolin in March is new in (WILDLIFE, 'ALL') in January only). The
-- cases of 'ALL' countries are the sum of the countries' (a case, reporting_iso3 + case_ref, has one country).
-- Lines and measures are summed per country, month and pair, then over the pairs of each combination.
-- This is core.monthly_measures_as_of and core.monthly_new_cases_as_of in one pass (they read it).
--
-- as_of: a TIMESTAMP; only the submissions current at that moment count (core.submission_as_of); null = now.
-- data_from: a DATE, the first day of a year, or null: only the months from it on (their new cases need only the
-- months of their own year, all after it).
create or replace macro core.monthly_case_measures_as_of(as_of, data_from) as table

with lines as (
    select
        reporting_iso3,
        case_ref,
        date_trunc('month', seizure_date)::date as month_start,
        commodity_key,
        mass_kg,
        volume_m3,
        items
    from core.seizure_line_as_of(as_of)
    where data_from is null or seizure_date >= data_from::date
),

category_bits as (
    select commodity_key, category_bit from core.commodity_category_bit
),

rollups as (
    select rollup_key, domain, commodity_category, category_bits from core.commodity_category_rollup
),

line_bits as materialized (
    select
        lines.reporting_iso3,
        lines.case_ref,
        lines.month_start,
        category_bits.category_bit,
        lines.mass_kg,
        lines.volume_m3,
        lines.items
    from lines
    inner join category_bits on category_bits.commodity_key = lines.commodity_key
),

case_years as (
    -- the one grouping by case: the pairs each case has lines in, per year, and its first and last month in it
    select
        reporting_iso3,
        case_ref,
        year(month_start)                             as seizure_year,
        min(month_start)                              as first_month,
        max(month_start)                              as last_month,
        bit_or(1::uhugeint << category_bit::uhugeint) as category_bits
    from line_bits
    group by reporting_iso3, case_ref, year(month_start)
),

single_month_cases as (
    -- most cases have lines in one month of the year: new there in every combination they meet
    select
        reporting_iso3,
        first_month    as month_start,
        category_bits,
        0::uhugeint    as earlier_bits
    from case_years
    where first_month = last_month
),

several_month_years as (
    select reporting_iso3, case_ref, seizure_year
    from case_years
    where first_month < last_month
),

several_month_case_months as (
    select
        line_bits.reporting_iso3,
        line_bits.case_ref,
        line_bits.month_start,
        bit_or(1::uhugeint << line_bits.category_bit::uhugeint) as category_bits
    from line_bits
    semi join several_month_years
        on several_month_years.reporting_iso3 = line_bits.reporting_iso3
       and several_month_years.case_ref = line_bits.case_ref
       and several_month_years.seizure_year = year(line_bits.month_start)
    group by line_bits.reporting_iso3, line_bits.case_ref, line_bits.month_start
),

several_month_cases as (
    select
        reporting_iso3,
        month_start,
        category_bits,
        coalesce(
            bit_or(category_bits) over (
                partition by reporting_iso3, case_ref, year(month_start)
                order by month_start
                rows between unbounded preceding and 1 preceding
            ),
            0::uhugeint
        ) as earlier_bits -- the pairs of the case's earlier months in the year
    from several_month_case_months
),

case_months_with_earlier as (
    select * from single_month_cases
    union all
    select * from several_month_cases
),

case_kinds as (
    -- cases counted per country, month and bit sets: few rows
    select
        reporting_iso3,
        month_start,
        category_bits,
        earlier_bits,
        count(*) as cases
    from case_months_with_earlier
    group by reporting_iso3, month_start, category_bits, earlier_bits
),

case_counts as (
    select
        case_kinds.month_start,
        case_kinds.reporting_iso3,
        rollups.rollup_key,
        sum(case_kinds.cases) filter (where case_kinds.category_bits & rollups.category_bits <> 0) as cases,
        -- new in the combination: in it this month, in none of its pairs in the earlier months of the year
        coalesce(sum(case_kinds.cases) filter (where case_kinds.category_bits & rollups.category_bits <> 0
                                                 and case_kinds.earlier_bits & rollups.category_bits = 0), 0) as new_cases
    from case_kinds
    cross join rollups
    group by case_kinds.month_start, case_kinds.reporting_iso3, rollups.rollup_key
    having cases > 0
),

pair_sums as (
    select
        reporting_iso3,
        month_start,
        category_bit,
        count(*)                            as lines,
        coalesce(sum(mass_kg), 0)::double   as mass_kg,
        coalesce(sum(volume_m3), 0)::double as volume_m3,
        coalesce(sum(items), 0)::double     as items
    from line_bits
    group by reporting_iso3, month_start, category_bit
),

rollup_sums as (
    select
        pair_sums.month_start,
        pair_sums.reporting_iso3,
        rollups.rollup_key,
        sum(pair_sums.lines)::bigint       as lines,
        sum(pair_sums.mass_kg)::double     as mass_kg,
        sum(pair_sums.volume_m3)::double   as volume_m3,
        sum(pair_sums.items)::double       as items
    from pair_sums
    inner join rollups on (rollups.category_bits >> pair_sums.category_bit::uhugeint) & 1 = 1
    group by pair_sums.month_start, pair_sums.reporting_iso3, rollups.rollup_key
),

per_country as (
    select
        case_counts.month_start,
        case_counts.reporting_iso3,
        case_counts.rollup_key,
        case_counts.cases,
        case_counts.new_cases,
        rollup_sums.lines,
        rollup_sums.mass_kg,
        rollup_sums.volume_m3,
        rollup_sums.items
    from case_counts
    inner join rollup_sums
        on rollup_sums.month_start = case_counts.month_start
       and rollup_sums.reporting_iso3 = case_counts.reporting_iso3
       and rollup_sums.rollup_key = case_counts.rollup_key
),

countries_rolled_up as (
    select
        month_start,
        case when grouping(reporting_iso3) = 1 then 'ALL' else reporting_iso3 end as reporting_iso3,
        rollup_key,
        sum(cases)::bigint        as cases,
        sum(new_cases)::bigint    as new_cases,
        sum(lines)::bigint        as lines,
        sum(mass_kg)::double      as mass_kg,
        sum(volume_m3)::double    as volume_m3,
        sum(items)::double        as items
    from per_country
    group by month_start, rollup_key, rollup(reporting_iso3)
),

labelled as (
    select
        countries_rolled_up.month_start,
        countries_rolled_up.reporting_iso3,
        rollups.domain,
        rollups.commodity_category,
        countries_rolled_up.cases,
        countries_rolled_up.new_cases,
        countries_rolled_up.lines,
        countries_rolled_up.mass_kg,
        countries_rolled_up.volume_m3,
        countries_rolled_up.items
    from countries_rolled_up
    inner join rollups on rollups.rollup_key = countries_rolled_up.rollup_key
)

select * from labelled;
