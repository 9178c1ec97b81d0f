package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * Redoes the {@link LineValidator#COMMODITY_HS_CONFLICT} warnings of the lines whose classification reclassify
 * moved ({@code line_moves}), in a few set-wise statements: the old warnings go, the new ones (where the new
 * commodity's domain differs from the HS code's) are written naming the column as the ingest did (the sheet's
 * commodity header, kept in {@code submission_sheet.headers}), and each submission's count of warnings follows.
 */
final class ConflictWarnings {

    private ConflictWarnings() {
    }

    static Counts redo(Connection connection, Clock clock) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/create_conflict_moves.sql"))) {
            st.setString(1, LineValidator.COMMODITY_HS_CONFLICT);
            st.execute();
        }
        Counts counts;
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(SqlFile.load("curation/conflict_moves_summary.sql"))) {
            rs.next();
            counts = new Counts(rs.getInt("added"), rs.getInt("withdrawn"));
        }
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/withdraw_conflict_warnings.sql"))) {
            st.setString(1, LineValidator.COMMODITY_HS_CONFLICT);
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/insert_conflict_warnings.sql"))) {
            st.setString(1, LineValidator.COMMODITY_HS_CONFLICT);
            st.setObject(2, LocalDateTime.now(clock));
            st.executeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(SqlFile.load("curation/count_conflict_warnings.sql"));
        }
        return counts;
    }

    /**
     * @param added     lines that gained a conflict warning (text and HS code now point to different domains)
     * @param withdrawn lines whose conflict warning went (text and HS code now agree)
     */
    record Counts(int added, int withdrawn) {
    }
}
