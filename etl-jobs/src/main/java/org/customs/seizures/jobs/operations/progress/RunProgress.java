package org.customs.seizures.jobs.operations.progress;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemProcessListener;
import org.springframework.batch.core.listener.ItemReadListener;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.listener.StepListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of {@code loadReturnsStep} on standard error: files examined of the inbox's total,
 * lines loaded and rejected so far, and the file being read (with how long, for a big one). A
 * ticker refreshes it every second, so a long file shows the run is alive.
 *
 * <p>It listens to the step as a whole ({@link StepExecutionListener}: start and end of the ticker) and,
 * through {@link #filesListener()}, to each of its partitions, which read files at the same time.
 *
 * @param <T> the step's item, from which {@code path} reads the (first) file and {@code files} how many it holds
 */
public final class RunProgress<T> implements StepExecutionListener {

    private final ToIntFunction<Path> inboxSize;
    private final Function<T, Path> path;
    private final ToIntFunction<T> files;
    private final LineTally lines;
    private final ProgressDisplay display;
    private final AtomicInteger done = new AtomicInteger();
    private ScheduledExecutorService ticker;
    private volatile int total;
    private volatile long loadedBefore;
    private volatile long rejectedBefore;
    private volatile String currentFile;
    private volatile long currentSince;

    public RunProgress(ToIntFunction<Path> inboxSize, Function<T, Path> path, ToIntFunction<T> files,
                       LineTally lines, Duration lineInterval) {
        this(inboxSize, path, files, lines, ProgressDisplay.forStandardError(lineInterval));
    }

    RunProgress(ToIntFunction<Path> inboxSize, Function<T, Path> path, ToIntFunction<T> files, LineTally lines,
                ProgressDisplay display) {
        this.inboxSize = inboxSize;
        this.path = path;
        this.files = files;
        this.lines = lines;
        this.display = display;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        String inbox = stepExecution.getJobParameters().getString("inbox");
        total = inbox == null ? 0 : inboxSize.applyAsInt(Path.of(inbox));
        done.set(0);
        loadedBefore = lines.loaded();
        rejectedBefore = lines.rejected();
        currentFile = null;
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleAtFixedRate(() -> display.show(state(), false), 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (ticker != null) {
            ticker.shutdownNow();
        }
        currentFile = null;
        display.show(state(), true);
        return null;
    }

    /** The files examined so far by the step (loaded, rejected, duplicate or already in the ledger). */
    public int filesExamined() {
        return done.get();
    }

    /** The listener to register on each partition's step: which file it reads, and when one is done. */
    public StepListener filesListener() {
        return new FilesListener();
    }

    ProgressState state() {
        String file = currentFile;
        int examined = done.get();
        return new ProgressState(examined, Math.max(total, examined), lines.loaded() - loadedBefore,
                lines.rejected() - rejectedBefore, file,
                file == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - currentSince));
    }

    private final class FilesListener implements ItemReadListener<T>, ItemProcessListener<T, T>, ItemWriteListener<T> {

        @Override
        public void afterRead(T item) {
            currentFile = path.apply(item).getFileName().toString();
            currentSince = System.nanoTime();
        }

        @Override
        public void afterProcess(T item, T result) {
            // the files already in the ledger: skipped
            done.addAndGet(files.applyAsInt(item) - (result == null ? 0 : files.applyAsInt(result)));
        }

        @Override
        public void afterWrite(Chunk<? extends T> items) {
            for (T item : items) {
                done.addAndGet(files.applyAsInt(item));
            }
        }
    }
}
