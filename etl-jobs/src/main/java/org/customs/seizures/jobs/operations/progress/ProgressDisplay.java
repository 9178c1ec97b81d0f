package org.customs.seizures.jobs.operations.progress;

import java.io.PrintStream;
import java.time.Duration;

/**
 * How progress is shown on standard error: a bar redrawn in place on a terminal, a plain line at
 * intervals otherwise (a log file or a scheduler's journal, where carriage returns are noise).
 */
interface ProgressDisplay {

    void show(ProgressState state, boolean finished);

    /** A bar on a terminal ({@code System.console() != null}), lines otherwise. */
    static ProgressDisplay forStandardError(Duration lineInterval) {
        return System.console() != null ? new Bar(System.err) : new Lines(System.err, lineInterval);
    }

    /** A bar of 30 characters, redrawn with a carriage return. */
    final class Bar implements ProgressDisplay {
        private static final int WIDTH = 30;
        private final PrintStream err;

        Bar(PrintStream err) {
            this.err = err;
        }

        @Override
        public synchronized void show(ProgressState state, boolean finished) {
            int filled = state.total() == 0 ? WIDTH : (int) (WIDTH * Math.min(1.0, state.done() / (double) state.total()));
            String line = "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + state.describe();
            err.print("\r" + (line.length() > 150 ? line.substring(0, 150) : line) + "\033[K");
            if (finished) {
                err.println();
            }
            err.flush();
        }
    }

    /** A line at most every {@code interval}, and one at the end. */
    final class Lines implements ProgressDisplay {
        private final PrintStream err;
        private final long intervalNanos;
        private long lastShown = System.nanoTime();

        Lines(PrintStream err, Duration interval) {
            this.err = err;
            this.intervalNanos = interval.toNanos();
        }

        @Override
        public synchronized void show(ProgressState state, boolean finished) {
            long now = System.nanoTime();
            if (finished || now - lastShown >= intervalNanos) {
                lastShown = now;
                err.println("progress: " + state.describe());
                err.flush();
            }
        }
    }
}
