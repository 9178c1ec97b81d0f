package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The ledger of received files ({@code dim_submission}), on the connection of the current chunk
 * transaction: what the ledger records commits together with the lines of the file.
 */
final class Ledger {

    /** A piece of work on the ledger. */
    interface Work<T> {
        T on(Ledger ledger) throws Exception;
    }

    private final Connection connection;

    Ledger(Connection connection) {
        this.connection = connection;
    }

    /** Runs {@code work} on the connection bound to the current Spring transaction (or a fresh one). */
    static <T> T onTransactionConnection(DataSource dataSource, Work<T> work) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(new Ledger(connection));
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    Connection connection() {
        return connection;
    }

    boolean alreadyReceived(String fileName, String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/already_received.sql"))) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The first submission that had these bytes, if any. */
    Optional<EarlierCopy> firstWithSameBytes(String sha256) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/find_by_sha256.sql"))) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.of(new EarlierCopy(rs.getInt(1), rs.getString(2),
                            rs.getObject(3, java.time.LocalDateTime.class)));
                }
                return Optional.empty();
            }
        }
    }

    int nextSubmissionKey() throws SQLException {
        return (int) single("ledger/next_submission_key.sql");
    }

    void record(Submission s) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/insert_submission.sql"))) {
            int i = 1;
            ps.setInt(i++, s.key());
            ps.setString(i++, s.fileName());
            ps.setString(i++, s.sha256());
            ps.setString(i++, s.reportingIso3());
            if (s.period() == null) {
                ps.setNull(i++, Types.DATE);
            } else {
                ps.setObject(i++, s.period().atDay(1));
            }
            ps.setString(i++, s.operationCode());
            if (s.version() == null) {
                ps.setNull(i++, Types.INTEGER);
            } else {
                ps.setInt(i++, s.version());
            }
            if (s.submittedOn() == null) {
                ps.setNull(i++, Types.DATE);
            } else {
                ps.setObject(i++, s.submittedOn());
            }
            ps.setString(i++, s.decimalSeparator() == null ? null : s.decimalSeparator().toString());
            if (s.uses1904Dates() == null) {
                ps.setNull(i++, Types.BOOLEAN);
            } else {
                ps.setBoolean(i++, s.uses1904Dates());
            }
            ps.setObject(i++, s.receivedAt());
            ps.setString(i++, s.status().sqlValue());
            ps.setBoolean(i++, s.nilReturn());
            ps.setInt(i++, s.rows().read());
            ps.setInt(i++, s.rows().loadedCount());
            ps.setInt(i++, s.rows().rejectedCount());
            ps.setInt(i++, s.rows().skippedCount());
            ps.setInt(i++, s.warnings());
            ps.setString(i++, s.message());
            if (s.duplicateOf() == null) {
                ps.setNull(i, Types.INTEGER);
            } else {
                ps.setInt(i, s.duplicateOf());
            }
            ps.executeUpdate();
        }
    }

    void recordSheet(int submissionKey, SheetTally sheet) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/insert_submission_sheet.sql"))) {
            ps.setInt(1, submissionKey);
            ps.setString(2, sheet.sheet());
            ps.setString(3, sheet.kind());
            if (sheet.headerRow() == null) {
                ps.setNull(4, Types.INTEGER);
            } else {
                ps.setInt(4, sheet.headerRow());
            }
            ps.setInt(5, sheet.rows().read());
            ps.setInt(6, sheet.rows().loadedCount());
            ps.setInt(7, sheet.rows().rejectedCount());
            ps.setInt(8, sheet.rows().skippedCount());
            ps.setString(9, sheet.note());
            Map<String, String> headers = sheet.headers();
            if (headers == null) {
                ps.setNull(10, Types.ARRAY);
                ps.setNull(11, Types.ARRAY);
            } else {
                ps.setArray(10, connection.createArrayOf("VARCHAR", headers.keySet().toArray()));
                ps.setArray(11, connection.createArrayOf("VARCHAR", headers.values().toArray()));
            }
            ps.executeUpdate();
        }
    }

    /** Removes whatever a file that was then rejected as a whole had already written. */
    void discardWrittenRows(int submissionKey) throws SQLException {
        for (String sql : new String[] {"ledger/discard_lines_of_submission.sql",
                "ledger/discard_rejects_of_submission.sql", "ledger/discard_warnings_of_submission.sql",
                "ledger/discard_rejected_lines_of_submission.sql"}) {
            try (PreparedStatement ps = connection.prepareStatement(SqlFile.load(sql))) {
                ps.setInt(1, submissionKey);
                ps.executeUpdate();
            }
        }
    }

    private long single(String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SqlFile.load(sql))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An earlier submission with the same bytes. */
    record EarlierCopy(int submissionKey, String fileName, java.time.LocalDateTime receivedAt) {
    }

}
