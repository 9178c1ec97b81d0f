package org.customs.seizures.jobs.warehouse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.customs.seizures.warehouse.WarehouseSchema;

/** The DuckDB warehouse file: its JDBC address, read-only connections for readers, and its migrations. */
public final class WarehouseFile {

    /** Extensions cannot be downloaded on these machines: never try. */
    private static final String OPTIONS = ";autoinstall_known_extensions=false;autoload_known_extensions=false";

    private final Path path;

    public WarehouseFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    public String jdbcUrl() {
        return "jdbc:duckdb:" + path + OPTIONS;
    }

    public boolean exists() {
        return Files.isRegularFile(path);
    }

    /** Creates the file if needed and brings its schema up to date (safe to run every time). */
    public void migrate() throws SQLException {
        try {
            Files.createDirectories(path.getParent());
        } catch (java.io.IOException e) {
            throw new SQLException("Cannot create the folder of the warehouse " + path + ": " + e.getMessage(), e);
        }
        try {
            WarehouseSchema.migrate(jdbcUrl());
        } catch (RuntimeException e) {
            throw inUseOr(e);
        }
    }

    /** A read-only connection for queries and exports. */
    public Connection openReadOnly() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        try {
            return DriverManager.getConnection(jdbcUrl(), properties);
        } catch (SQLException e) {
            RuntimeException translated = inUseOr(e);
            if (translated instanceof WarehouseInUseException) {
                throw translated;
            }
            throw e;
        }
    }

    /** Turns DuckDB's lock error into {@link WarehouseInUseException} naming the other process. */
    public RuntimeException inUseOr(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("Could not set lock on file") || message.contains("Conflicting lock")) {
                return new WarehouseInUseException("The warehouse " + path + " is in use by another process: "
                        + message.replaceAll("\\s+", " ").trim(), e);
            }
        }
        return e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
    }
}
