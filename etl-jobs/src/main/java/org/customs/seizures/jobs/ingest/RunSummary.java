package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.customs.seizures.jobs.warehouse.SqlFile;

/** The one-screen summary that ends every ingest: files by outcome, lines loaded / rejected / skipped, time. */
public record RunSummary(long files, long filesLoaded, long filesRejected, long filesDuplicate, long nilReturns,
                         long linesLoaded, long linesRejected, long rowsSkipped, long warnings, Duration took) {

    static RunSummary since(DataSource dataSource, LocalDateTime started) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/run_summary.sql"))) {
            ps.setObject(1, started);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new RunSummary(rs.getLong("files"), rs.getLong("files_loaded"), rs.getLong("files_rejected"),
                        rs.getLong("files_duplicate"), rs.getLong("nil_returns"), rs.getLong("lines_loaded"),
                        rs.getLong("lines_rejected"), rs.getLong("rows_skipped"), rs.getLong("warnings"),
                        Duration.between(started, LocalDateTime.now()));
            }
        }
    }

    /** The summary as printed at the end of a run. */
    public String render() {
        return String.format(
                "new files: %d (loaded %d, rejected %d, duplicate %d, nil returns %d)%n"
                        + "lines: %d loaded, %d rejected, %d rows skipped; %d warnings%n"
                        + "time: %.1f s",
                files, filesLoaded, filesRejected, filesDuplicate, nilReturns, linesLoaded, linesRejected,
                rowsSkipped, warnings, took.toMillis() / 1000.0);
    }
}
