package org.customs.seizures.jobs.operations.progress;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import javax.sql.DataSource;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Progress of {@code loadReturnsStep} on standard error: files examined of the inbox's total,
 * lines loaded and rejected so far, and the file being read (with how long, for a big one). A
 * ticker refreshes it every second, so a long file shows the run is alive.
 *
 * @param <T> the step's item, from which {@code path} and {@code sha256} read the file and its digest
 */
public final class RunProgress<T> implements StepExecutionListener, ItemReadListener<T>, ItemWriteListener<T> {

    private final DataSource dataSource;
    private final ToIntFunction<Path> inboxSize;
    private final Function<T, Path> path;
    private final Function<T, String> sha256;
    private final ProgressDisplay display;
    private ScheduledExecutorService ticker;
    private volatile int total;
    private volatile int done;
    private volatile long linesLoaded;
    private volatile long linesRejected;
    private volatile String currentFile;
    private volatile long currentSince;

    public RunProgress(DataSource dataSource, ToIntFunction<Path> inboxSize, Function<T, Path> path,
                       Function<T, String> sha256, Duration lineInterval) {
        this(dataSource, inboxSize, path, sha256, ProgressDisplay.forStandardError(lineInterval));
    }

    RunProgress(DataSource dataSource, ToIntFunction<Path> inboxSize, Function<T, Path> path,
                Function<T, String> sha256, ProgressDisplay display) {
        this.dataSource = dataSource;
        this.inboxSize = inboxSize;
        this.path = path;
        this.sha256 = sha256;
        this.display = display;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String inbox = stepExecution.getJobParameters().getString("inbox");
        total = inbox == null ? 0 : inboxSize.applyAsInt(Path.of(inbox));
        done = 0;
        linesLoaded = 0;
        linesRejected = 0;
        currentFile = null;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> display.show(state(), false), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void afterRead(T item) {
        if (currentFile != null) {
            done++; // the previous file was skipped by the ledger or written
        }
        currentFile = path.apply(item).getFileName().toString();
        currentSince = System.nanoTime();
    }

    @Override
    public void afterWrite(Chunk<? extends T> items) {
        for (T item : items) {
            countLinesOf(sha256.apply(item));
        }
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        if (currentFile != null) {
            done++;
            currentFile = null;
        }
        display.show(state(), true);
        return null;
    }

    ProgressState state() {
        String file = currentFile;
        return new ProgressState(done, Math.max(total, done), linesLoaded, linesRejected, file,
                file == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - currentSince));
    }

    private void countLinesOf(String sha) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (PreparedStatement ps = connection.prepareStatement(SqlFile.load("operations/progress_of_file.sql"))) {
            ps.setString(1, sha);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    linesLoaded += rs.getLong(1);
                    linesRejected += rs.getLong(2);
                }
            }
        } catch (SQLException e) {
            // progress is for the eye only: a failed count must not fail the return
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
