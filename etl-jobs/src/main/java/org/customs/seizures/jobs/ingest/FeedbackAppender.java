package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes what the sender must be told into {@code etl_reject} or {@code etl_warning} (same shape:
 * key, submission, file, sheet, row, case reference, column, raw value, code, message, time).
 */
final class FeedbackAppender implements AutoCloseable {

    private final DuckDBAppender appender;
    private final LocalDateTime now;
    private long nextKey;

    private FeedbackAppender(Connection connection, String table, long firstKey, LocalDateTime now)
            throws SQLException {
        this.appender = connection.unwrap(DuckDBConnection.class).createAppender("main", table);
        this.nextKey = firstKey;
        this.now = now;
    }

    static FeedbackAppender rejects(Connection connection, long firstKey, LocalDateTime now) throws SQLException {
        return new FeedbackAppender(connection, "etl_reject", firstKey, now);
    }

    static FeedbackAppender warnings(Connection connection, long firstKey, LocalDateTime now) throws SQLException {
        return new FeedbackAppender(connection, "etl_warning", firstKey, now);
    }

    void append(Integer submissionKey, String fileName, String sheet, Integer rowNumber, String caseRef,
                String column, String rawValue, String code, String message) throws SQLException {
        new AppenderRow(appender)
                .bigint(nextKey++)
                .integer(submissionKey)
                .text(fileName)
                .text(sheet)
                .integer(rowNumber)
                .text(caseRef)
                .text(column)
                .text(rawValue)
                .text(code)
                .text(message)
                .timestamp(now)
                .end();
    }

    @Override
    public void close() throws SQLException {
        appender.flush();
        appender.close();
    }
}
