package org.customs.seizures.reports.yoy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one month and its year to date, as {@code v_monthly_yoy} gives them: the
 * total, and the rows by domain, by category, by reporting country and by country × domain.
 * An empty instance means the warehouse has no statistics for that month.
 */
public final class MonthlyStatistics {

    private final YearMonth month;
    private final List<StatisticsRow> rows;

    public MonthlyStatistics(YearMonth month, List<StatisticsRow> rows) {
        this.month = Objects.requireNonNull(month, "month");
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the month's rows from {@code v_monthly_yoy} (and the country names from
     * {@code dim_country}). A month without data gives an empty instance.
     *
     * @throws StatisticsReadException when the query fails (view missing, connection closed, ...)
     */
    public static MonthlyStatistics read(Connection connection, YearMonth month) {
        try {
            return new MonthlyStatistics(month, MonthlyStatisticsQuery.rowsOf(connection, month));
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

    /** True when the warehouse has no statistics for this month. */
    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
