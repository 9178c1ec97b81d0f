package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.function.LongSupplier;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.RawCell;

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

    /** About one line: its sheet, row and case reference are taken from the line as read. */
    public void append(int submissionKey, String fileName, ReturnLine line, String column, String rawValue,
                       String code, String message) throws SQLException {
        append(submissionKey, fileName, line.sheet(), line.rowNumber(), caseRef(line), column, rawValue, code, message);
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

    /** The row's case reference as typed, cleaned of invisible and surrounding spaces, to find the line again. */
    private static String caseRef(ReturnLine line) {
        RawCell cell = line.cell(Field.CASE_REF);
        return cell == null ? null : FoldedText.clean(cell.display());
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
