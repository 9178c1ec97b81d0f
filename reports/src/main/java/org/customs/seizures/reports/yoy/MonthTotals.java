package org.customs.seizures.reports.yoy;

import java.time.YearMonth;
import java.util.Map;

/**
 * The all-countries total of one month for each measure, and of the same month a year earlier: one point
 * of the charts "this year against last year", with the countries that reported in each and whether they
 * were the same ({@code comparable}).
 */
public record MonthTotals(YearMonth month, Map<Measure, Double> values, Map<Measure, Double> previous,
        long reportingCountries, long reportingCountriesPrevious, boolean comparable) {

    public MonthTotals {
        values = Map.copyOf(values);
        previous = Map.copyOf(previous);
    }

    public double value(Measure measure) {
        return values.getOrDefault(measure, 0.0);
    }

    public double previous(Measure measure) {
        return previous.getOrDefault(measure, 0.0);
    }
}
