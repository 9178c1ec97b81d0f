package org.customs.seizures.reports.operations;

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
import java.util.ArrayList;
import java.util.List;

/** Runs {@code operation-results.sql} and maps its rows. */
final class OperationResultsQuery {

    private static final String RESOURCE = "operation-results.sql";

    private OperationResultsQuery() {
    }

    static List<OperationResult> rowsOf(Connection connection, LocalDateTime asOf, String code, LocalDate from,
            LocalDate to) throws SQLException {
        List<OperationResult> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(Sql.TEXT)) {
            statement.setObject(1, asOf);
            statement.setObject(2, code);
            statement.setObject(3, from);
            statement.setObject(4, to);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
        }
        return rows;
    }

    private static OperationResult row(ResultSet result) throws SQLException {
        return new OperationResult(
                result.getString("operation_code"),
                result.getString("operation_name"),
                result.getString("reporting_iso3"),
                result.getString("country_name"),
                result.getString("domain"),
                result.getString("commodity_category"),
                result.getLong("cases"),
                result.getLong("lines"),
                result.getDouble("mass_kg"),
                result.getDouble("volume_m3"),
                result.getDouble("items"),
                result.getLong("reporting_countries"),
                result.getObject("first_seizure_date", LocalDate.class),
                result.getObject("last_seizure_date", LocalDate.class));
    }

    private static final class Sql {
        static final String TEXT = load();

        private static String load() {
            try (InputStream in = OperationResultsQuery.class.getResourceAsStream(RESOURCE)) {
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
