package org.customs.seizures.jobs.statistics;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares every row and column of {@code v_monthly_yoy} with expected rows: a row missing on either
 * side, a column the expectation does not know, and every cell that differs is a mismatch. Numbers
 * agree when they differ by less than a millionth of a unit (beyond the view's 6 decimals: the same
 * lines summed in another order).
 */
final class MonthlyYoyComparison {

    private static final double TOLERANCE = 1e-7;

    record Outcome(int viewRows, int expectedRows, int rowsCompared, int columnsCompared, List<String> mismatches) {

        String render(int examples) {
            StringBuilder out = new StringBuilder(String.format(
                    "v_monthly_yoy: %d rows, recomputed from truth.json: %d rows; %d rows x %d columns compared,"
                            + " %d mismatches%n", viewRows, expectedRows, rowsCompared, columnsCompared, mismatches.size()));
            mismatches.stream().limit(examples).forEach(m -> out.append("  ").append(m).append('\n'));
            return out.toString();
        }
    }

    private MonthlyYoyComparison() {
    }

    static Outcome compare(Map<String, Map<String, Object>> expected, Connection warehouse) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int viewRows = 0;
        int rowsCompared = 0;
        int columns;
        try (Statement statement = warehouse.createStatement();
             ResultSet rows = statement.executeQuery(sql("v_monthly_yoy_rows.sql"))) {
            ResultSetMetaData meta = rows.getMetaData();
            columns = meta.getColumnCount();
            while (rows.next()) {
                viewRows++;
                String key = MonthlyYoyRecomputation.key(rows.getString("month"), rows.getString("reporting_iso3"),
                        rows.getString("domain"), rows.getString("commodity_category"));
                seen.add(key);
                Map<String, Object> want = expected.get(key);
                if (want == null) {
                    mismatches.add(key + ": in the view, not in the recomputation");
                    continue;
                }
                rowsCompared++;
                for (int i = 1; i <= columns; i++) {
                    String column = meta.getColumnName(i);
                    Object got = rows.getObject(i);
                    if (!want.containsKey(column)) {
                        mismatches.add(key + " " + column + ": not recomputed (view " + got + ")");
                    } else if (!same(got, want.get(column))) {
                        mismatches.add(key + " " + column + ": view " + got + ", truth " + want.get(column));
                    }
                }
            }
        }
        expected.keySet().stream().filter(key -> !seen.contains(key))
                .forEach(key -> mismatches.add(key + ": recomputed, not in the view"));
        return new Outcome(viewRows, expected.size(), rowsCompared, columns, mismatches);
    }

    private static boolean same(Object got, Object want) {
        if (got instanceof Number g && want instanceof Number w) {
            return Math.abs(g.doubleValue() - w.doubleValue()) < TOLERANCE;
        }
        return Objects.equals(got, want);
    }

    private static String sql(String name) {
        try (InputStream in = MonthlyYoyComparison.class.getResourceAsStream("/sql/statistics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
