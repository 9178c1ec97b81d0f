package org.customs.seizures.jobs.operations;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Fault injection for the fault tests: halts the JVM at once (no shutdown hook, no finally: as
 * {@code kill -9} would) at {@code halt.point} of the {@code halt.return}-th transaction written (a return, or
 * {@code seizures.returns-per-transaction} returns).
 * Points: {@code before-write} (nothing of it written), {@code after-write} (its lines written and
 * archived, the transaction not committed), {@code after-commit} (committed, the step not yet
 * told). Transactions are counted in the order their writing starts, over all partitions.
 */
public class HaltingStepListener implements ItemWriteListener<Object> {

    private final String point = System.getProperty("halt.point");
    private final int atReturn = Integer.getInteger("halt.return", 1);
    private final AtomicInteger written = new AtomicInteger();
    private final ThreadLocal<Integer> writing = new ThreadLocal<>(); // which return this partition writes

    @Override
    public void beforeWrite(Chunk<?> items) {
        writing.set(written.incrementAndGet());
        haltIf("before-write");
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        haltIf("after-write");
        if (writing.get() == atReturn && "after-commit".equals(point)) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    halt();
                }
            });
        }
    }

    private void haltIf(String here) {
        if (writing.get() == atReturn && here.equals(point)) {
            halt();
        }
    }

    private void halt() {
        System.err.println("fault injection: halting at " + point + " of return " + atReturn);
        System.err.flush();
        Runtime.getRuntime().halt(137);
    }
}
