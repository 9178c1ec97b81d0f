package org.customs.seizures.core.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs a producer (parsing a sheet, reading and validating a return) on a second thread while the caller's
 * thread takes what it produces, so that the two run on two processors at once. Items cross in batches
 * through a small bounded queue: memory holds a few thousand items at most, and the producer waits when the
 * caller falls behind. The caller sees what it would see without the second thread: the same items in the
 * same order, on its own thread; its own exceptions reach it unchanged (and stop the producer); the
 * producer's failure arrives after the items produced before it.
 */
public final class HandOff {

    /** Items per batch handed over. */
    static final int BATCH_ITEMS = 512;
    /** Batches waiting at most. */
    static final int QUEUED_BATCHES = 8;

    /**
     * Work that produces items into a sink and may fail with a checked exception of type {@code X}.
     *
     * @param <T> the items
     * @param <X> the checked exception the work may end with
     */
    public interface Producer<T, X extends Exception> {
        void into(Consumer<T> sink) throws X;
    }

    private HandOff() {
    }

    /**
     * Runs the producer on a new daemon thread of the given name and hands each item to the consumer on
     * the calling thread, in order; returns when the producer has finished and every item was taken.
     *
     * @param failure the checked exception type of the producer, rethrown as it is
     */
    public static <T, X extends Exception> void run(String threadName, Producer<T, X> producer,
                                                    Consumer<? super T> consumer, Class<X> failure) throws X {
        BlockingQueue<Batch<T>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        AtomicBoolean abandoned = new AtomicBoolean();
        Thread worker = new Thread(() -> produce(producer, queue, abandoned), threadName);
        worker.setDaemon(true);
        worker.start();
        boolean finished = false;
        try {
            while (!finished) {
                Batch<T> batch = queue.take();
                for (T item : batch.items()) {
                    consumer.accept(item);
                }
                if (batch.failure() != null) {
                    throw rethrown(batch.failure(), failure);
                }
                finished = batch.last();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while taking what " + threadName + " produced", e);
        } finally {
            if (!finished) {
                abandoned.set(true);
                queue.clear();
            }
            joinQuietly(worker);
        }
    }

    private static <T> void produce(Producer<T, ?> producer, BlockingQueue<Batch<T>> queue, AtomicBoolean abandoned) {
        List<T> pending = new ArrayList<>(BATCH_ITEMS);
        try {
            producer.into(item -> {
                if (abandoned.get()) {
                    throw new Abandoned();
                }
                pending.add(item);
                if (pending.size() == BATCH_ITEMS) {
                    hand(queue, abandoned, new Batch<>(List.copyOf(pending), false, null));
                    pending.clear();
                }
            });
            hand(queue, abandoned, new Batch<>(List.copyOf(pending), true, null));
        } catch (Abandoned stop) {
            // the caller stopped taking: nothing more to hand over
        } catch (Exception | Error failure) {
            if (!abandoned.get()) {
                handQuietly(queue, abandoned, new Batch<>(List.copyOf(pending), true, failure));
            }
        }
    }

    private static <T> void hand(BlockingQueue<Batch<T>> queue, AtomicBoolean abandoned, Batch<T> batch) {
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

    private static <T> void handQuietly(BlockingQueue<Batch<T>> queue, AtomicBoolean abandoned, Batch<T> batch) {
        try {
            hand(queue, abandoned, batch);
        } catch (Abandoned stop) {
            // the caller has gone: it no longer needs the failure
        }
    }

    private static <X extends Exception> RuntimeException rethrown(Throwable thrown, Class<X> failure) throws X {
        if (failure.isInstance(thrown)) {
            throw failure.cast(thrown);
        }
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        // a checked exception the producer's signature does not declare (only possible through a sneaky throw)
        throw new IllegalStateException(thrown);
    }

    private static void joinQuietly(Thread worker) {
        boolean interrupted = false;
        while (worker.isAlive()) {
            try {
                worker.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private record Batch<T>(List<T> items, boolean last, Throwable failure) {
    }

    /** Thrown inside the producer's thread when the caller has stopped taking. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() {
            super(null, null, false, false);
        }
    }
}
