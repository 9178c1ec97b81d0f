package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The rejected lines reclassify re-admits, gathered in the {@link TemporaryTable} {@code readmitted_lines}
 * while they are validated again; then their rejections and raw cells are forgotten and their submissions'
 * and sheets' counts moved, one statement each: a statement per line would scan the tables once per
 * re-admitted line.
 */
final class ReadmittedLines implements AutoCloseable {

    private static final String[] APPLY = {
        "curation/forget_readmitted_rejections.sql",
        "curation/forget_readmitted_raw_lines.sql",
        "curation/count_readmitted_lines.sql",
        "curation/count_readmitted_sheet_lines.sql",
    };

    private final TemporaryTable table;

    ReadmittedLines(Connection connection) throws SQLException {
        this.table = new TemporaryTable(connection, "curation/create_readmitted_lines.sql", "readmitted_lines");
    }

    /** The line at {@code sheet}, {@code rowNumber} of the submission is a fact now, with {@code warnings}. */
    void add(int submissionKey, String sheet, int rowNumber, int warnings) throws SQLException {
        table.appender().beginRow().append(submissionKey).append(sheet).append(rowNumber).append(warnings).endRow();
    }

    /** Forgets the lines' rejections and raw cells and moves the counts (the Appender is flushed first). */
    void apply() throws SQLException {
        table.apply(APPLY);
    }

    @Override
    public void close() throws SQLException {
        table.close();
    }
}
