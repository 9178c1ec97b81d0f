package org.customs.seizures.reports.yoy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@code monthly-series.sql}, on a vintage or as it stands now (from the materialised mart, see
 * {@link VintageQuery}): the totals of January to the month, and of the same months a year earlier.
 */
final class MonthTotalsQuery {

    private MonthTotalsQuery() {
    }

    static List<MonthTotals> yearToDate(Connection connection, YearMonth month, LocalDateTime asOf) throws SQLException {
        List<MonthTotals> points = new ArrayList<>();
        VintageQuery.Prepared prepared = Sql.QUERY.prepare(connection, asOf);
        try (PreparedStatement statement = prepared.statement()) {
            statement.setObject(prepared.nextParameter(), month.withMonth(1).atDay(1));
            statement.setObject(prepared.nextParameter() + 1, month.atDay(1));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    Map<Measure, Double> values = new EnumMap<>(Measure.class);
                    Map<Measure, Double> previous = new EnumMap<>(Measure.class);
                    for (Measure measure : Measure.values()) {
                        values.put(measure, result.getDouble(measure.column()));
                        previous.put(measure, result.getDouble(measure.column() + "_prev"));
                    }
                    LocalDate first = result.getObject("month", LocalDate.class);
                    points.add(new MonthTotals(YearMonth.from(first), values, previous,
                            result.getLong("reporting_countries"), result.getLong("reporting_countries_prev"),
                            result.getBoolean("comparable")));
                }
            }
        }
        return points;
    }

    /** The query texts, loaded on first use. */
    private static final class Sql {
        static final VintageQuery QUERY = new VintageQuery("monthly-series");
    }
}
