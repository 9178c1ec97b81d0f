package org.customs.seizures.jobs.operations.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.customs.seizures.reports.safety.ProcessTemporary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The read-only copy of the warehouse that analysts, {@code sql} and {@code stats} read
 * ({@code data/warehouse-published.duckdb} beside {@code data/warehouse.duckdb}, or
 * {@code SEIZURES_PUBLISHED}). A writing run never touches it until it has succeeded; then the
 * working file is checkpointed, copied to a temporary file in the same folder, checked, and
 * renamed over the published copy in one atomic step. A reader that has the old copy open keeps
 * reading the old copy; the next reader opens the new one. Readers never open the working file,
 * so a run never waits for them and they never wait for a run.
 */
public final class PublishedCopy {

    private static final Logger log = LoggerFactory.getLogger(PublishedCopy.class);

    /** {@code .<published name>.publishing-<pid>.<n>}: the copy being checked before it replaces the published one. */
    private static final ProcessTemporary PUBLISHING = new ProcessTemporary("publishing");

    private final Path working;
    private final Path published;

    public PublishedCopy(Path working, Path published) {
        this.working = working.toAbsolutePath().normalize();
        this.published = published.toAbsolutePath().normalize();
    }

    /** The published copy of {@code working}: {@code SEIZURES_PUBLISHED} if set, else {@code <name>-published.duckdb} beside it. */
    public static PublishedCopy of(Path working) {
        String configured = System.getenv("SEIZURES_PUBLISHED");
        return new PublishedCopy(working, configured != null && !configured.isBlank() ? Path.of(configured)
                : siblingOf(working));
    }

    static Path siblingOf(Path working) {
        Path absolute = working.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : ".duckdb";
        return absolute.resolveSibling(stem + "-published" + extension);
    }

    public Path path() {
        return published;
    }

    public WarehouseFile file() {
        return new WarehouseFile(published);
    }

    /**
     * Replaces the published copy with the working file as it is now. Call it with the run lock
     * held and every connection of the run closed.
     */
    public void publish() throws IOException, SQLException {
        long started = System.nanoTime();
        checkpoint();
        Path wal = working.resolveSibling(working.getFileName() + ".wal");
        if (Files.exists(wal) && Files.size(wal) > 0) {
            throw new IOException("The warehouse " + working + " still has a write-ahead log after a checkpoint ("
                    + wal + "): another process may be writing it; nothing was published.");
        }
        Files.createDirectories(published.getParent());
        PUBLISHING.sweep(published.getParent(), 1); // copies cut short by a run that was killed while publishing
        Path temporary = PUBLISHING.of(published);
        try {
            Files.copy(working, temporary, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            long submissions = check(temporary);
            Files.move(temporary, published, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.info("Published {} ({} received files, {} MB) in {} ms", published, submissions,
                    Files.size(published) / (1024 * 1024), (System.nanoTime() - started) / 1_000_000);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Folds DuckDB's write-ahead log into the working file, so that the file alone is the whole warehouse. */
    private void checkpoint() throws SQLException {
        try (Connection connection = DriverManager.getConnection(new WarehouseFile(working).jdbcUrl());
             Statement statement = connection.createStatement()) {
            statement.execute(SqlFile.load("operations/checkpoint.sql"));
        }
    }

    /** Opens the copy read-only and counts its ledger: a copy DuckDB cannot open is never published. */
    private static long check(Path copy) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection(new WarehouseFile(copy).jdbcUrl(), readOnly);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SqlFile.load("operations/published_check.sql"))) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
