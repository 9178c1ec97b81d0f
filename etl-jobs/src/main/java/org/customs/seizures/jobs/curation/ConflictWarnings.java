package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * Keeps the {@link LineValidator#COMMODITY_HS_CONFLICT} warning of a stored line in step with the classification
 * reclassify gave it: the old warning goes, the new one (if the new commodity's domain differs from the HS
 * code's) is written naming the column as the ingest did (the sheet's commodity header, kept in
 * {@code submission_sheet.headers}), and the submission's count of warnings follows.
 */
final class ConflictWarnings {

    private final Connection connection;
    private final Clock clock;
    private int added;
    private int withdrawn;

    ConflictWarnings(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /**
     * @param lineKey the stored line whose classification moved
     * @param warning the message of its new classification's conflict, or null when text and HS code agree
     */
    void update(long lineKey, String warning) throws SQLException {
        ReadLine line = readLine(lineKey);
        String previousColumn = null;
        boolean had = false;
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/withdraw_line_warning.sql"))) {
            st.setInt(1, line.submissionKey());
            st.setString(2, line.sheet());
            st.setInt(3, line.row());
            st.setString(4, LineValidator.COMMODITY_HS_CONFLICT);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    had = true;
                    previousColumn = rs.getString(1);
                }
            }
        }
        if (warning != null) {
            insert(line, column(line, previousColumn), warning);
        }
        int change = (warning != null ? 1 : 0) - (had ? 1 : 0);
        if (change != 0) {
            try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/count_submission_warnings.sql"))) {
                st.setInt(1, change);
                st.setInt(2, line.submissionKey());
                st.executeUpdate();
            }
        }
        added += change > 0 ? 1 : 0;
        withdrawn += change < 0 ? 1 : 0;
    }

    /** Conflict warnings written for lines that had none. */
    int added() {
        return added;
    }

    /** Conflict warnings of lines whose text and HS code now agree. */
    int withdrawn() {
        return withdrawn;
    }

    /** Where the line was read (looked up for the few lines that move, not read with every stored line). */
    private ReadLine readLine(long lineKey) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/where_line_was_read.sql"))) {
            st.setLong(1, lineKey);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no stored line " + lineKey);
                }
                return new ReadLine(rs.getInt("submission_key"), rs.getString("file_name"), rs.getString("source_sheet"),
                        rs.getInt("source_row"), rs.getString("case_ref"), rs.getString("commodity_text"),
                        rs.getString("commodity_header"));
            }
        }
    }

    /** The sheet's header as the sender wrote it; for a sheet loaded before headers were kept, the old warning's. */
    private static String column(ReadLine line, String previousColumn) {
        if (line.commodityHeader() != null) {
            return line.commodityHeader();
        }
        return previousColumn != null ? previousColumn : Field.COMMODITY.key();
    }

    private void insert(ReadLine line, String column, String warning) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/insert_warning.sql"))) {
            st.setInt(1, line.submissionKey());
            st.setString(2, line.fileName());
            st.setString(3, line.sheet());
            st.setInt(4, line.row());
            st.setString(5, line.caseRef());
            st.setString(6, column);
            st.setString(7, line.commodityText());
            st.setString(8, LineValidator.COMMODITY_HS_CONFLICT);
            st.setString(9, warning);
            st.setObject(10, LocalDateTime.now(clock));
            st.executeUpdate();
        }
    }

    /**
     * Where a stored line was read.
     *
     * @param commodityHeader the commodity column's header in its sheet, null if the warehouse did not keep it
     */
    private record ReadLine(int submissionKey, String fileName, String sheet, int row, String caseRef, String commodityText,
                    String commodityHeader) {
    }
}
