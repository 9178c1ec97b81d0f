package org.customs.seizures.reports.yoy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.customs.seizures.reports.operations.OperationResults;

/**
 * The figures of one month and its year to date, as {@code v_monthly_yoy} gives them: the
 * total, and the rows by domain, by category, by reporting country and by country × domain.
 * An empty instance means the warehouse has no statistics for that month.
 */
public final class MonthlyStatistics {

    private final YearMonth month;
    private final List<StatisticsRow> rows;
    private final List<MonthTotals> yearToDate;
    private final OperationResults operations;
    private final LocalDateTime asOf;

    public MonthlyStatistics(YearMonth month, List<StatisticsRow> rows) {
        this(month, rows, List.of(), new OperationResults(List.of(), null), null);
    }

    /**
     * @param yearToDate the all-countries totals of January to the month (and a year earlier), for the charts
     * @param operations the operations with seizures in the year to date
     * @param asOf       the vintage the figures were read at; null when read as they stand now
     */
    public MonthlyStatistics(YearMonth month, List<StatisticsRow> rows, List<MonthTotals> yearToDate,
            OperationResults operations, LocalDateTime asOf) {
        this.month = Objects.requireNonNull(month, "month");
        this.rows = List.copyOf(rows);
        this.yearToDate = List.copyOf(yearToDate);
        this.operations = Objects.requireNonNull(operations, "operations");
        this.asOf = asOf;
    }

    /**
     * Reads the month's rows from {@code v_monthly_yoy} (and the country names from
     * {@code dim_country}). A month without data gives an empty instance.
     *
     * @throws StatisticsReadException when the query fails (view missing, connection closed, ...)
     */
    public static MonthlyStatistics read(Connection connection, YearMonth month) {
        return read(connection, month, null);
    }

    /**
     * The month's statistics as they stood at {@code asOf} (a vintage: only the returns received by then,
     * in the versions current then; {@code monthly_yoy_as_of}); null reads them as they stand now.
     *
     * @throws StatisticsReadException when a query fails (view missing, connection closed, ...)
     */
    public static MonthlyStatistics read(Connection connection, YearMonth month, LocalDateTime asOf) {
        try {
            List<StatisticsRow> rows = MonthlyStatisticsQuery.rowsOf(connection, month, asOf);
            List<MonthTotals> yearToDate = MonthTotalsQuery.yearToDate(connection, month, asOf);
            LocalDate from = month.withMonth(1).atDay(1);
            OperationResults operations = OperationResults.overlapping(connection, from, month.atEndOfMonth(), asOf);
            return new MonthlyStatistics(month, rows, yearToDate, operations, asOf);
        } catch (SQLException failure) {
            throw new StatisticsReadException(
                    "Could not read the statistics of " + MonthNames.monthAndYear(month)
                            + " from v_monthly_yoy: " + failure.getMessage(), failure);
        }
    }

    public YearMonth month() {
        return month;
    }

    /** All rows, in report order: total, domains, categories, countries. */
    public List<StatisticsRow> rows() {
        return rows;
    }

    public List<StatisticsRow> rows(StatisticsTable table) {
        return rows.stream().filter(row -> row.table() == table).toList();
    }

    /** The all-countries, all-domains, all-categories row; absent when there is no data. */
    public Optional<StatisticsRow> total() {
        return rows(StatisticsTable.TOTAL).stream().findFirst();
    }

    /** January to the month: the all-countries totals of each month and of the same month a year earlier. */
    public List<MonthTotals> yearToDate() {
        return yearToDate;
    }

    /** The operations with seizures between January and the end of the month. */
    public OperationResults operations() {
        return operations;
    }

    /** The vintage: the moment the figures stood at; null when they are as they stand now. */
    public LocalDateTime asOf() {
        return asOf;
    }

    /** True when the warehouse has no statistics for this month. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
