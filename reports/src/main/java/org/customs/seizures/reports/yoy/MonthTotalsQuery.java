package org.customs.seizures.reports.yoy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

/** Runs {@code monthly-series.sql}: the totals of January to the month, and of the same months a year earlier. */
final class MonthTotalsQuery {

    private static final String RESOURCE = "monthly-series.sql";

    private MonthTotalsQuery() {
    }

    static List<MonthTotals> yearToDate(Connection connection, YearMonth month, LocalDateTime asOf) throws SQLException {
        List<MonthTotals> points = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.TEXT)) {
            statement.setObject(1, asOf);
            statement.setObject(2, month.withMonth(1).atDay(1));
            statement.setObject(3, month.atDay(1));
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

    private static final class Sql {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = MonthTotalsQuery.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("The query " + RESOURCE + " is missing from the classpath");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException failure) {
                throw new UncheckedIOException("Could not read the query " + RESOURCE, failure);
            }
        }
    }
}
