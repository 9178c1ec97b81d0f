package org.customs.seizures.reports.operations;

import java.time.LocalDate;

/**
 * One row of {@code v_operation_results}: an operation's results for a reporting country (or
 * {@link #ALL} countries), a domain and a commodity category (each may be {@link #ALL}).
 * Measures are sums of the lines' own measures and are never added to one another.
 *
 * @param countryName the English name from {@code dim_country}; null for {@link #ALL} or an unknown code
 */
public record OperationResult(
        String operationCode,
        String operationName,
        String reportingIso3,
        String countryName,
        String domain,
        String commodityCategory,
        long cases,
        long lines,
        double massKg,
        double volumeM3,
        double items,
        long reportingCountries,
        LocalDate firstSeizureDate,
        LocalDate lastSeizureDate) {

    /** The value of a dimension column in a rollup row. */
    public static final String ALL = "ALL";

    /** The operation's name, or its code when the name is unknown. */
    public String operationLabel() {
        return operationName != null ? operationName : operationCode;
    }

    /** "All countries", the country's name, or its code when the name is unknown. */
    public String countryLabel() {
        if (ALL.equals(reportingIso3)) {
            return "All countries";
        }
        return countryName != null ? countryName : reportingIso3;
    }

    public boolean isOperationTotal() {
        return ALL.equals(reportingIso3) && ALL.equals(domain) && ALL.equals(commodityCategory);
    }
}
