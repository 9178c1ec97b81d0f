package org.customs.seizures.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The materialised monthly statistics read by {@code v_monthly_yoy}: the table {@code mart_monthly_yoy},
 * recomputed from the current lines and submissions by {@code db/warehouse/marts/refresh_mart_monthly_yoy.sql}.
 */
public final class StatisticsMart {

    static final String REFRESH = "db/warehouse/marts/refresh_mart_monthly_yoy.sql";

    private StatisticsMart() {
    }

    /**
     * Recomputes {@code mart_monthly_yoy} (= {@code monthly_yoy_as_of(null)}), so that {@code v_monthly_yoy}
     * shows the warehouse as it stands. Call it at the end of every run that changes lines or submissions,
     * before the published copy is made. Runs in the connection's current transaction: it neither commits nor
     * changes auto-commit (other connections see the previous statistics until the caller commits).
     */
    public static void refresh(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(SqlResource.read(REFRESH));
        }
    }
}
