package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;

/**
 * Writes what the sender must be told into {@code etl_reject} or {@code etl_warning} (same shape:
 * key, submission, file, sheet, row, case reference, column, raw value, code, message, time).
 */
public final class FeedbackAppender implements AutoCloseable {

    private final TableAppender appender;
    private final LongSupplier keys;
    private final LocalDateTime now;

    private FeedbackAppender(Connection connection, String table, LongSupplier keys, LocalDateTime now) {
        this.appender = new TableAppender(connection, table);
        this.keys = keys;
        this.now = now;
    }

    static FeedbackAppender rejects(Connection connection, SurrogateKeys keys, LocalDateTime now) {
        return new FeedbackAppender(connection, "etl_reject", keys::nextReject, now);
    }

    public static FeedbackAppender warnings(Connection connection, SurrogateKeys keys, LocalDateTime now) {
        return new FeedbackAppender(connection, "etl_warning", keys::nextWarning, now);
    }

    public void append(Integer submissionKey, String fileName, String sheet, Integer rowNumber, String caseRef,
                String column, String rawValue, String code, String message) throws SQLException {
        new AppenderRow(appender.get())
                .bigint(keys.getAsLong())
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
        appender.close();
    }
}
