package org.customs.seizures.core.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Parses a big sheet on a second thread while the caller's thread takes its rows, so that parsing the XML
 * and what the caller does with each row (validating it, writing it) run on two processors at once. Rows
 * cross in batches through a small bounded queue: memory holds a few thousand rows at most, never the sheet.
 * The caller sees what it would see without it: the same rows in the same order, on its own thread; its own
 * exceptions reach it unchanged (and stop the parse); a fault of the file arrives after the rows before it.
 */
final class ReadAhead {

    /** Rows per batch handed over. */
    static final int BATCH_ROWS = 512;
    /** Batches waiting at most: the parser stops when the caller falls behind. */
    static final int QUEUED_BATCHES = 8;

    /** The parse of one sheet, writing each row to the given consumer. */
    interface SheetParse {
        void into(Consumer<RawRow> rows) throws WorkbookException;
    }

    private ReadAhead() {
    }

    static void rows(String threadName, SheetParse parse, Consumer<RawRow> rows) throws WorkbookException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread parser = new Thread(() -> produce(parse, queue, abandoned), threadName);
        parser.setDaemon(true);
        parser.start();
        boolean finished = false;
        try {
            while (!finished) {
                Batch batch = queue.take();
                for (RawRow row : batch.rows()) {
                    rows.accept(row);
                }
                if (batch.failure() != null) {
                    throw rethrown(batch.failure());
                }
                finished = batch.last();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the rows of a sheet", e);
        } finally {
            if (!finished) {
                abandoned.set(true);
                queue.clear();
            }
            joinQuietly(parser);
        }
    }

    private static void produce(SheetParse parse, BlockingQueue<Batch> queue, AtomicBoolean abandoned) {
        List<RawRow> pending = new ArrayList<>(BATCH_ROWS);
        try {
            parse.into(row -> {
                if (abandoned.get()) {
                    throw new Abandoned();
                }
                pending.add(row);
                if (pending.size() == BATCH_ROWS) {
                    hand(queue, abandoned, new Batch(List.copyOf(pending), false, null));
                    pending.clear();
                }
            });
            hand(queue, abandoned, new Batch(List.copyOf(pending), true, null));
        } catch (Abandoned stop) {
            // the caller stopped reading: nothing more to hand over
        } catch (WorkbookException | RuntimeException | Error failure) {
            if (!abandoned.get()) {
                handQuietly(queue, abandoned, new Batch(List.copyOf(pending), true, failure));
            }
        }
    }

    private static void hand(BlockingQueue<Batch> queue, AtomicBoolean abandoned, Batch batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (abandoned.get()) {
                    throw new Abandoned();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Abandoned();
        }
    }

    private static void handQuietly(BlockingQueue<Batch> queue, AtomicBoolean abandoned, Batch batch) {
        try {
            hand(queue, abandoned, batch);
        } catch (Abandoned stop) {
            // the caller has gone: it no longer needs the failure
        }
    }

    private static WorkbookException rethrown(Throwable failure) throws WorkbookException {
        if (failure instanceof WorkbookException workbook) {
            throw workbook;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) failure;
    }

    private static void joinQuietly(Thread parser) {
        boolean interrupted = false;
        while (parser.isAlive()) {
            try {
                parser.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Batch(List<RawRow> rows, boolean last, Throwable failure) {
    }

    /** Thrown inside the parser's thread when the caller has stopped reading. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
