package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * A temporary table of reclassify's connection, made by its {@code create or replace temporary table} file and
 * filled row by row through DuckDB's Appender, then used by set-wise statements: what a statement per row would
 * do with one scan of the warehouse's tables per row.
 */
final class TemporaryTable implements AutoCloseable {

    private final Connection connection;
    private final DuckDBAppender appender;

    /** Creates (or empties) the table {@code name} with the statement in {@code createSql}. */
    TemporaryTable(Connection connection, String createSql, String name) throws SQLException {
        this.connection = connection;
        try (Statement st = connection.createStatement()) {
            st.execute(SqlFile.load(createSql));
        }
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("temp", "main", name);
    }

    DuckDBAppender appender() {
        return appender;
    }

    /** Flushes the appended rows, then runs each statement file in turn (they read the table). */
    void apply(String... sqlFiles) throws SQLException {
        appender.flush();
        try (Statement st = connection.createStatement()) {
            for (String sql : sqlFiles) {
                st.executeUpdate(SqlFile.load(sql));
            }
        }
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
