package org.customs.seizures.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Not a test (no {@code Tests} suffix, surefire never runs it): times the refresh of {@code mart_monthly_yoy}
 * and the one-month query of {@code v_monthly_yoy} on N synthetic lines generated in SQL with the benchmarks
 * module's {@code synthetic_submissions.sql} / {@code synthetic_lines.sql}. Usage (see BENCHMARKS.md):
 * {@code java -cp CLASSPATH org.customs.seizures.warehouse.MonthlyYoyMartBenchmark LINES COUNTRIES MONTHS RUNS}.
 */
final class MonthlyYoyMartBenchmark {

    private static final Path SQL = Path.of("benchmarks/src/main/resources/sql");

    private MonthlyYoyMartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long lines = Long.parseLong(args[0].replace("_", ""));
        int countries = Integer.parseInt(args[1]);
        int months = Integer.parseInt(args[2]);
        int runs = Integer.parseInt(args[3]);
        Path directory = Files.createTempDirectory("mart-benchmark-");
        String url = TestWarehouse.jdbcUrl(directory);
        WarehouseSchema.migrate(url);
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute(fill(SQL.resolve("synthetic_submissions.sql"), Map.of("{countries}", String.valueOf(countries),
                    "{months}", String.valueOf(months), "{last_month}", "2019-12-01")));
            statement.execute(fill(SQL.resolve("synthetic_lines.sql"), Map.of("{lines}", String.valueOf(lines),
                    "{key_offset}", "0", "{line_offset}", "1")));
            System.out.printf("generated %,d lines, %d countries x %d months in %.1f s%n", lines, countries, months, seconds(start));
            for (int run = 1; run <= runs; run++) {
                start = System.nanoTime();
                StatisticsMart.refresh(connection);
                System.out.printf("refresh mart_monthly_yoy (run %d): %.2f s, %,d rows%n", run, seconds(start),
                        count(statement, "select count(*) from mart_monthly_yoy"));
            }
            for (int run = 1; run <= runs; run++) {
                start = System.nanoTime();
                long rows = count(statement, "select count(*) from (select * from v_monthly_yoy where \"month\" = date '2019-06-01')");
                System.out.printf("v_monthly_yoy, one month (run %d): %.3f s, %,d rows%n", run, seconds(start), rows);
            }
            start = System.nanoTime();
            long rows = count(statement, "select count(*) from (select * from monthly_yoy_as_of(null::timestamp) where \"month\" = date '2019-06-01')");
            System.out.printf("monthly_yoy_as_of(null), one month (the view before): %.2f s, %,d rows%n", seconds(start), rows);
        } finally {
            try (var files = Files.list(directory)) {
                files.forEach(file -> file.toFile().delete());
            }
            Files.deleteIfExists(directory);
        }
    }

    private static String fill(Path file, Map<String, String> values) throws java.io.IOException {
        String sql = Files.readString(file);
        for (Map.Entry<String, String> value : values.entrySet()) {
            sql = sql.replace(value.getKey(), value.getValue());
        }
        return sql;
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
