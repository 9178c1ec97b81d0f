package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.customs.seizures.jobs.operations.progress.LineTally;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of the partitions of {@code loadReturnsStep}: each chunk is one {@link InboxBatch}, so one
 * transaction holds its returns' lines, rejections and ledger rows and the partition's progress. A crash
 * loses at most the returns being written, and the restart takes them again from the start. Shared by the partitions,
 * which write at the same time: the keys they hand out come from one {@link SurrogateKeys}.
 */
class ReturnLoader implements ItemWriter<InboxBatch>, LineTally {

    private final DataSource dataSource;
    private final ReturnIntake intake;
    private final LongAdder linesLoaded = new LongAdder();
    private final LongAdder linesRejected = new LongAdder();
    private final Clock clock;
    private RunKeys keys;
    private LocalDateTime startedAt;

    ReturnLoader(DataSource dataSource, ReturnIntake intake, Clock clock) {
        this.dataSource = dataSource;
        this.intake = intake;
        this.clock = clock;
    }

    /**
     * Called when the load step starts (or restarts): files are received from now on, and the keys are read
     * again from the warehouse by the first return.
     */
    synchronized void startRun() {
        keys = null;
        startedAt = LocalDateTime.now(clock);
    }

    @Override
    public void write(Chunk<? extends InboxBatch> batches) throws Exception {
        Ledger.onTransactionConnection(dataSource, ledger -> {
            RunKeys run = keys(ledger.connection());
            for (InboxBatch batch : batches) {
                for (InboxFile file : batch.files()) {
                    Submission submission = intake.take(file, file.receivedAt(run.startedAt()), ledger,
                            run.dimensions(), run.surrogates());
                    linesLoaded.add(submission.rows().loadedCount());
                    linesRejected.add(submission.rows().rejectedCount());
                }
            }
            return null;
        });
    }

    @Override
    public long loaded() {
        return linesLoaded.sum();
    }

    @Override
    public long rejected() {
        return linesRejected.sum();
    }

    private synchronized RunKeys keys(Connection connection) throws SQLException {
        if (keys == null) {
            keys = new RunKeys(DimensionKeys.read(connection), SurrogateKeys.read(connection),
                    startedAt == null ? LocalDateTime.now(clock) : startedAt);
        }
        return keys;
    }

    private record RunKeys(DimensionKeys dimensions, SurrogateKeys surrogates, LocalDateTime startedAt) {
    }
}
