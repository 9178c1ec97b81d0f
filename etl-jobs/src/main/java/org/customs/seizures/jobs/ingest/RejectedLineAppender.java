package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.customs.seizures.core.returns.ReturnLine;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Keeps the raw cells of each rejected line in {@code etl_rejected_line}, to admit it again after an alias is
 * added. The Appender is created on the first rejected line.
 */
final class RejectedLineAppender implements AutoCloseable {

    private final Connection connection;
    private DuckDBAppender appender;

    RejectedLineAppender(Connection connection) {
        this.connection = connection;
    }

    void append(int submissionKey, ReturnLine line) throws SQLException {
        if (appender == null) {
            appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "etl_rejected_line");
        }
        appender.beginRow()
                .append(submissionKey)
                .append(line.sheet())
                .append(line.rowNumber())
                .append(StoredCells.encode(line))
                .append(StoredCells.headers(line));
        if (line.unitFromHeader() == null) {
            appender.appendNull();
        } else {
            appender.append(line.unitFromHeader());
        }
        appender.endRow();
    }

    /** Flushes explicitly: the Appender's close() swallows flush errors. */
    @Override
    public void close() throws SQLException {
        if (appender != null) {
            appender.flush();
            appender.close();
        }
    }
}
