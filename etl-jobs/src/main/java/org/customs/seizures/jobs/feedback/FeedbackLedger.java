package org.customs.seizures.jobs.feedback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.customs.seizures.reports.feedback.FeedbackCounts;

/** Reads from the warehouse which received files need feedback, and what each one's sender must be told. */
final class FeedbackLedger {

    private final Connection connection;

    FeedbackLedger(Connection connection) {
        this.connection = connection;
    }

    /** The files received at or after {@code since} with rejections or warnings, or rejected as a whole. */
    List<ReceivedSubmission> submissionsToTell(LocalDateTime since) throws SQLException {
        List<ReceivedSubmission> submissions = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("feedback/submissions_to_tell.sql"))) {
            ps.setObject(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    submissions.add(new ReceivedSubmission(rs.getInt("submission_key"), rs.getString("file_name"),
                            rs.getString("status"), rs.getObject("received_at", LocalDateTime.class),
                            new FeedbackCounts(rs.getInt("rows_read"), rs.getInt("rows_loaded"),
                                    rs.getInt("rows_rejected"), rs.getInt("rows_skipped"), rs.getInt("warnings"))));
                }
            }
        }
        return submissions;
    }

    /** The rejections and warnings of one submission, in sheet and row order (whole-file ones first). */
    List<StoredIssue> issuesOf(int submissionKey) throws SQLException {
        List<StoredIssue> issues = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("feedback/issues_of_submission.sql"))) {
            ps.setInt(1, submissionKey);
            ps.setInt(2, submissionKey);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int row = rs.getInt("row_number");
                    issues.add(new StoredIssue(rs.getString("sheet"), rs.wasNull() ? null : row,
                            rs.getString("column_name"), rs.getString("raw_value"), rs.getString("code"),
                            rs.getString("message"), rs.getBoolean("is_rejection")));
                }
            }
        }
        return issues;
    }
}
