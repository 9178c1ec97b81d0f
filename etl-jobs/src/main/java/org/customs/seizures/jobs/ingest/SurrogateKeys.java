package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * The next free keys of {@code fact_seizure_line}, {@code etl_reject} and {@code etl_warning}, read once when
 * the load step starts and then handed out in memory to every partition loading at the same time. Only this
 * process writes the warehouse during a run (it holds the run lock), so no other writer takes keys; a return
 * whose transaction rolls back leaves a gap in the keys, never a duplicate.
 */
public final class SurrogateKeys {

    private final AtomicLong line;
    private final AtomicLong reject;
    private final AtomicLong warning;

    private SurrogateKeys(long line, long reject, long warning) {
        this.line = new AtomicLong(line);
        this.reject = new AtomicLong(reject);
        this.warning = new AtomicLong(warning);
    }

    public static SurrogateKeys read(Connection connection) throws SQLException {
        return new SurrogateKeys(single(connection, "ledger/next_line_key.sql"),
                single(connection, "ledger/next_reject_key.sql"),
                single(connection, "ledger/next_warning_key.sql"));
    }

    long nextLine() {
        return line.getAndIncrement();
    }

    long nextReject() {
        return reject.getAndIncrement();
    }

    long nextWarning() {
        return warning.getAndIncrement();
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SqlFile.load(sql))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
