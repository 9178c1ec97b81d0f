package org.customs.seizures.reports.yoy;

/**
 * One measure of one table row: the month against the same month a year earlier, and the
 * year to date against the same months a year earlier. Percentages are as the view gives
 * them ({@code 12.5} means 12.5 %) and are null when the baseline is 0; any value the view
 * leaves null stays null.
 */
public record Comparison(
        Double month,
        Double previous,
        Double changePct,
        Double yearToDate,
        Double yearToDatePrevious,
        Double yearToDateChangePct) {

    /** The same comparison in a larger unit (e.g. tonnes from kg); percentages do not change. */
    public Comparison dividedBy(double divisor) {
        return new Comparison(divide(month, divisor), divide(previous, divisor), changePct,
                divide(yearToDate, divisor), divide(yearToDatePrevious, divisor), yearToDateChangePct);
    }

    private static Double divide(Double value, double divisor) {
        return value == null ? null : value / divisor;
    }
}
