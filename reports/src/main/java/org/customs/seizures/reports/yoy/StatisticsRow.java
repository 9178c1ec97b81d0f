package org.customs.seizures.reports.yoy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a statistics table: a reporting country, domain and commodity category of
 * {@code v_monthly_yoy} (each may be {@link #ALL}), with the comparison of every measure.
 *
 * @param countryName the country's English name from {@code dim_country}; null when the
 *                    country is {@link #ALL} or not in {@code dim_country}
 * @param comparable  true when the same countries reported in both months; null when unknown
 */
public record StatisticsRow(
        StatisticsTable table,
        String reportingIso3,
        String countryName,
        String domain,
        String commodityCategory,
        Map<Measure, Comparison> figures,
        Long reportingCountries,
        Long reportingCountriesPrevious,
        Boolean comparable) {

    /** The value of a dimension column in a rollup row. */
    public static final String ALL = "ALL";

    public StatisticsRow {
        Objects.requireNonNull(table, "table");
        for (Measure measure : Measure.values()) {
            if (!figures.containsKey(measure)) {
                throw new IllegalArgumentException("No figures for " + measure.column());
            }
        }
        figures = Map.copyOf(new EnumMap<>(figures));
    }

    public Comparison figure(Measure measure) {
        return figures.get(measure);
    }

    /** The country's name, or its code when the name is unknown. */
    public String countryLabel() {
        return countryName != null ? countryName : reportingIso3;
    }
}
