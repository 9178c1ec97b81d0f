package org.customs.seizures.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The materialised monthly statistics read by {@code v_monthly_yoy}: the table {@code mart_monthly_yoy},
 * recomputed from the current lines and submissions by {@code db/warehouse/marts/refresh_mart_monthly_yoy.sql},
 * or only from the first month a run changed on ({@link #refreshChanges}).
 */
public final class StatisticsMart {

    static final String REFRESH = "db/warehouse/marts/refresh_mart_monthly_yoy.sql";
    static final String CHANGES = "db/warehouse/marts/mart_monthly_yoy_changes.sql";
    static final String FRESH = "db/warehouse/marts/mart_monthly_yoy_fresh.sql";
    static final String FRESH_FITS = "db/warehouse/marts/mart_monthly_yoy_fresh_fits.sql";
    static final String REFRESH_SINCE = "db/warehouse/marts/refresh_mart_monthly_yoy_since.sql";
    static final String RECORD_BASIS = "db/warehouse/marts/record_mart_monthly_yoy_basis.sql";

    /**
     * What a refresh did.
     *
     * @param whole true when every month was recomputed
     * @param since the first month recomputed when only the months from it on were; null otherwise (whole, or
     *              nothing had changed)
     */
    public record Refreshed(boolean whole, LocalDate since) {

        static Refreshed everyMonth() {
            return new Refreshed(true, null);
        }

        static Refreshed nothingChanged() {
            return new Refreshed(false, null);
        }

        /** True when nothing changed since the last refresh (no row was rewritten). */
        public boolean unchanged() {
            return !whole && since == null;
        }
    }

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
            statement.execute(SqlResource.read(RECORD_BASIS));
        }
    }

    /**
     * Like {@link #refresh}, but recomputes only the months that the submissions which became or stopped being
     * current since the last refresh can change: from the first month such a submission reports or has a line in,
     * on (a month feeds itself, the same month a year later and the year-to-date of the later months of its year
     * and of the next). Refreshes whole when that is unknown (first refresh, or after a migration rebuilt the
     * mart), when a commodity's category or domain or a country's code changed (new reference data), or when the recomputed months would not fit the stored ones (a combination of country, domain and
     * category appears or disappears, a gap in the months). For runs that only add or supersede submissions (the
     * ingest); a run that changes stored lines (reclassify) calls {@link #refresh}. Same transaction rules.
     */
    public static Refreshed refreshChanges(Connection connection) throws SQLException {
        Changes changes = changes(connection);
        if (changes.basisSubmissions() == 0 || changes.unknownSubmissions() > 0 || changes.dimensionsChanged()) {
            refresh(connection);
            return Refreshed.everyMonth();
        }
        if (changes.since() == null) {
            return Refreshed.nothingChanged();
        }
        try (PreparedStatement fresh = connection.prepareStatement(SqlResource.read(FRESH))) {
            fresh.setObject(1, changes.since());
            fresh.execute();
        }
        try (Statement statement = connection.createStatement()) {
            if (fits(statement)) {
                statement.execute(SqlResource.read(REFRESH_SINCE));
                statement.execute(SqlResource.read(RECORD_BASIS));
                return new Refreshed(false, changes.since());
            }
        }
        refresh(connection); // also drops the recomputed rows that did not fit
        return Refreshed.everyMonth();
    }

    private record Changes(long basisSubmissions, long unknownSubmissions, LocalDate since, boolean dimensionsChanged) {
    }

    private static Changes changes(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(SqlResource.read(CHANGES))) {
            row.next();
            return new Changes(row.getLong("basis_submissions"), row.getLong("unknown_submissions"),
                    row.getObject("since", LocalDate.class), row.getBoolean("dimensions_changed"));
        }
    }

    private static boolean fits(Statement statement) throws SQLException {
        try (ResultSet row = statement.executeQuery(SqlResource.read(FRESH_FITS))) {
            row.next();
            return row.getBoolean("fits");
        }
    }
}
