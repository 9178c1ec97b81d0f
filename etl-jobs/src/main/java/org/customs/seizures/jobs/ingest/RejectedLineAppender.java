package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.customs.seizures.core.returns.ReturnLine;
import org.duckdb.DuckDBAppender;

/**
 * Keeps the raw cells of each rejected line in {@code etl_rejected_line}, to admit it again after an alias is
 * added.
 */
final class RejectedLineAppender implements AutoCloseable {

    private final TableAppender table;

    RejectedLineAppender(Connection connection) {
        this.table = new TableAppender(connection, "etl_rejected_line");
    }

    void append(int submissionKey, ReturnLine line) throws SQLException {
        DuckDBAppender appender = table.get();
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

    @Override
    public void close() throws SQLException {
        table.close();
    }
}
