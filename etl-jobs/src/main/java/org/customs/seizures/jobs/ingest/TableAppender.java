package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * DuckDB's Appender of one table on the chunk transaction's connection, created on the first row (most
 * returns have no rejection or warning to write) and flushed explicitly on close: the Appender's own close()
 * swallows flush errors.
 */
final class TableAppender implements AutoCloseable {

    private final Connection connection;
    private final String table;
    private DuckDBAppender appender;

    TableAppender(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    /** The Appender, created on the first call. */
    DuckDBAppender get() throws SQLException {
        if (appender == null) {
            appender = connection.unwrap(DuckDBConnection.class).createAppender("main", table);
        }
        return appender;
    }

    @Override
    public void close() throws SQLException {
        if (appender != null) { // closing twice is harmless: the second does nothing
            DuckDBAppender closing = appender;
            appender = null;
            closing.flush();
            closing.close();
        }
    }
}
