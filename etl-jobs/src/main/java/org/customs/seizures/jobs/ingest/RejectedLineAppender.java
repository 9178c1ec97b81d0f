package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.customs.seizures.core.returns.ReturnLine;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** Keeps the raw cells of each rejected line in {@code etl_rejected_line}, to admit it again after an alias is added. */
final class RejectedLineAppender implements AutoCloseable {

    private final DuckDBAppender appender;

    RejectedLineAppender(Connection connection) throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("main", "etl_rejected_line");
    }

    void append(int submissionKey, ReturnLine line) throws SQLException {
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
        appender.flush();
        appender.close();
    }
}
