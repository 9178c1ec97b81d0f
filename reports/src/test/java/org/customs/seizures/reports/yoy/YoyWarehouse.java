package org.customs.seizures.reports.yoy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A temp-file DuckDB warehouse with a TABLE named {@code v_monthly_yoy} holding exactly the
 * contract's columns (a stand-in for the view), a TABLE {@code v_operation_results}, the table macros
 * {@code monthly_yoy_as_of} and {@code operation_results_as_of} over them, and a small {@code dim_country}. Percentages
 * are derived from the given values the way the contract defines them.
 */
final class YoyWarehouse implements AutoCloseable {

    private final Connection connection;

    private YoyWarehouse(Connection connection) {
        this.connection = connection;
    }

    static YoyWarehouse create(Path folder) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("w.duckdb")
                + ";autoinstall_known_extensions=false;autoload_known_extensions=false");
        StringBuilder columns = new StringBuilder(
                "month DATE, reporting_iso3 VARCHAR, domain VARCHAR, commodity_category VARCHAR");
        for (Measure measure : Measure.values()) {
            String type = measure.isCount() ? "BIGINT" : "DOUBLE";
            String m = measure.column();
            columns.append(", ").append(m).append(' ').append(type)
                    .append(", ").append(m).append("_prev ").append(type)
                    .append(", ").append(m).append("_yoy_pct DOUBLE")
                    .append(", ").append(m).append("_ytd ").append(type)
                    .append(", ").append(m).append("_ytd_prev ").append(type)
                    .append(", ").append(m).append("_ytd_yoy_pct DOUBLE");
        }
        columns.append(", reporting_countries BIGINT, reporting_countries_prev BIGINT, comparable BOOLEAN");
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table v_monthly_yoy (" + columns + ")");
            statement.execute("create table dim_country (iso3 VARCHAR, name_en VARCHAR, name_fr VARCHAR, name_es VARCHAR)");
            // the vintage macros of the contract, over the stand-in tables (every vintage sees the same rows)
            statement.execute("create macro monthly_yoy_as_of(as_of) as table select * from v_monthly_yoy");
            statement.execute("create table v_operation_results (operation_code VARCHAR, operation_name VARCHAR,"
                    + " reporting_iso3 VARCHAR, domain VARCHAR, commodity_category VARCHAR, cases BIGINT, lines BIGINT,"
                    + " mass_kg DOUBLE, volume_m3 DOUBLE, items DOUBLE, reporting_countries BIGINT,"
                    + " first_seizure_date DATE, last_seizure_date DATE)");
            statement.execute("create macro operation_results_as_of(as_of) as table select * from v_operation_results");
        }
        return new YoyWarehouse(connection);
    }

    Connection connection() {
        return connection;
    }

    void country(String iso3, String nameEn) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into dim_country values (?, ?, ?, ?)")) {
            insert.setString(1, iso3);
            insert.setString(2, nameEn);
            insert.setString(3, nameEn);
            insert.setString(4, nameEn);
            insert.executeUpdate();
        }
    }

    void operation(String code, String name, String iso3, String domain, String category, long cases,
            double massKg, double volumeM3, double items, String first, String last) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into v_operation_results values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Object[] values = {code, name, iso3, domain, category, cases, cases, massKg, volumeM3, items,
                    "ALL".equals(iso3) ? 2L : 1L, LocalDate.parse(first), LocalDate.parse(last)};
            for (int i = 0; i < values.length; i++) {
                insert.setObject(i + 1, values[i]);
            }
            insert.executeUpdate();
        }
    }

    Row row(String month, String iso3, String domain, String category) {
        return new Row(LocalDate.parse(month), iso3, domain, category);
    }

    /** The contract's percentage: 100 * (x - prev) / prev rounded to 1 decimal, null when prev is 0. */
    static Double pct(double value, double previous) {
        if (previous == 0) {
            return null;
        }
        return Math.round(1000.0 * (value - previous) / previous) / 10.0;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** One row of the stand-in view; measures not given are 0 with no percentage. */
    final class Row {
        private final LocalDate month;
        private final String iso3;
        private final String domain;
        private final String category;
        private final Map<Measure, double[]> figures = new EnumMap<>(Measure.class);
        private long reportingCountries;
        private long reportingCountriesPrevious;
        private Boolean comparable = Boolean.TRUE;

        private Row(LocalDate month, String iso3, String domain, String category) {
            this.month = month;
            this.iso3 = iso3;
            this.domain = domain;
            this.category = category;
        }

        Row measure(Measure measure, double value, double previous, double ytd, double ytdPrevious) {
            figures.put(measure, new double[] {value, previous, ytd, ytdPrevious});
            return this;
        }

        Row countries(long now, long previous, Boolean sameCountries) {
            reportingCountries = now;
            reportingCountriesPrevious = previous;
            comparable = sameCountries;
            return this;
        }

        void insert() throws SQLException {
            List<Object> values = new ArrayList<>(List.of(month, iso3, domain, category));
            for (Measure measure : Measure.values()) {
                double[] f = figures.getOrDefault(measure, new double[4]);
                values.add(typed(measure, f[0]));
                values.add(typed(measure, f[1]));
                values.add(pct(f[0], f[1]));
                values.add(typed(measure, f[2]));
                values.add(typed(measure, f[3]));
                values.add(pct(f[2], f[3]));
            }
            values.add(reportingCountries);
            values.add(reportingCountriesPrevious);
            values.add(comparable);
            String marks = String.join(", ", java.util.Collections.nCopies(values.size(), "?"));
            try (PreparedStatement insert = connection.prepareStatement("insert into v_monthly_yoy values (" + marks + ")")) {
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.executeUpdate();
            }
        }

        private Object typed(Measure measure, double value) {
            return measure.isCount() ? (Object) Math.round(value) : (Object) value;
        }
    }
}
