package org.customs.seizures.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The stamp a complete migrate leaves in the warehouse ({@code warehouse_schema_stamp}): the fingerprint of
 * the migrations and seeds it applied, and a digest of the Flyway history it left. A warehouse is current
 * when both still match: then a start may skip Flyway and the seeds.
 */
final class SchemaStamp {

    private SchemaStamp() {
    }

    /** True when the warehouse was completely migrated with {@code fingerprint} and its history is unchanged since. */
    static boolean isCurrent(Connection connection, String fingerprint) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            try (ResultSet exists = statement.executeQuery(SqlResource.read("db/warehouse/stamp/schema_stamp_exists.sql"))) {
                if (!exists.next() || exists.getLong(1) != 2) {
                    return false;
                }
            }
            try (ResultSet stamp = statement.executeQuery(SqlResource.read("db/warehouse/stamp/read_schema_stamp.sql"))) {
                return stamp.next()
                        && stamp.getLong("stamps") == 1
                        && fingerprint.equals(stamp.getString("fingerprint"))
                        && stamp.getString("history_digest").equals(stamp.getString("stamped_history_digest"));
            }
        }
    }

    /** Records that the warehouse is now completely migrated with {@code fingerprint}. */
    static void write(Connection connection, String fingerprint) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute(SqlResource.read("db/warehouse/stamp/create_schema_stamp.sql"));
            }
            try (PreparedStatement insert = connection.prepareStatement(SqlResource.read("db/warehouse/stamp/write_schema_stamp.sql"))) {
                insert.setString(1, fingerprint);
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }
}
