package org.customs.seizures.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Marks the current version of each return {@code loaded} and its other versions {@code superseded}
 * ({@code db/warehouse/submissions/resolve_versions.sql}).
 */
public final class SubmissionVersions {

    static final String RESOLVE_VERSIONS = "db/warehouse/submissions/resolve_versions.sql";

    private SubmissionVersions() {
    }

    /**
     * Among submissions with status {@code loaded} or {@code superseded}, per (reporting_iso3, period,
     * operation_code), keeps the one with the highest version, else the latest submitted_on, else the latest
     * received_at, else the highest submission_key as {@code loaded}; the others become {@code superseded}.
     * Idempotent. Runs in the connection's current transaction: it neither commits nor changes auto-commit.
     */
    public static void resolveVersions(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(SqlResource.read(RESOLVE_VERSIONS));
        }
    }
}
