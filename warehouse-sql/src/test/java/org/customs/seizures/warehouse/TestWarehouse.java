package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A migrated warehouse in a temporary DuckDB file, with one open connection for the test. */
final class TestWarehouse implements AutoCloseable {

    static final String OPTIONS = ";autoinstall_known_extensions=false;autoload_known_extensions=false";

    private static final String FILE_NAME = "warehouse.duckdb";
    private static Path template;

    private final String jdbcUrl;
    private final Connection connection;

    private TestWarehouse(String jdbcUrl) throws SQLException {
        this.jdbcUrl = jdbcUrl;
        this.connection = DriverManager.getConnection(jdbcUrl);
    }

    static String jdbcUrl(Path directory) {
        return "jdbc:duckdb:" + directory.resolve(FILE_NAME).toAbsolutePath() + OPTIONS;
    }

    /**
     * A migrated warehouse file in {@code directory}, with a connection open to it. The first call migrates a
     * template warehouse; later calls copy it (migrating takes seconds, copying milliseconds) and migrate the
     * copy again, which also exercises the "already up to date" path.
     */
    static TestWarehouse migrated(Path directory) throws SQLException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            copyTemplate(directory);
        }
        String url = jdbcUrl(directory);
        WarehouseSchema.migrate(url);
        return new TestWarehouse(url);
    }

    private static synchronized void copyTemplate(Path directory) {
        try {
            if (template == null) {
                Path templateDirectory = Files.createTempDirectory("warehouse-template-");
                templateDirectory.toFile().deleteOnExit();
                WarehouseSchema.migrate(jdbcUrl(templateDirectory));
                try (Stream<Path> files = Files.list(templateDirectory)) {
                    files.forEach(file -> file.toFile().deleteOnExit());
                }
                template = templateDirectory;
            }
            try (Stream<Path> files = Files.list(template)) {
                for (Path source : (Iterable<Path>) files::iterator) {
                    Files.copy(source, directory.resolve(source.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return jdbcUrl;
    }

    Connection connection() {
        return connection;
    }

    /** Runs every statement of a SQL file from the test classpath. */
    void runScript(String resource) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.read(resource));
        }
    }

    /**
     * Loads a fixture as a run does: its rows, then the refresh of the materialised statistics
     * ({@link StatisticsMart#refresh}) that every ingest and reclassify ends with.
     */
    void load(String resource) throws SQLException {
        runScript(resource);
        StatisticsMart.refresh(connection);
    }

    void execute(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.execute();
        }
    }

    List<Map<String, Object>> query(String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet rows = statement.executeQuery()) {
            ResultSetMetaData meta = rows.getMetaData();
            List<Map<String, Object>> result = new ArrayList<>();
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rows.getObject(i));
                }
                result.add(row);
            }
            return result;
        }
    }

    Object single(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = query(sql, parameters);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new IllegalStateException("Expected one value from " + sql + " but got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    long count(String sql, Object... parameters) throws SQLException {
        return ((Number) single(sql, parameters)).longValue();
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
