package org.customs.seizures.jobs.operations;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * For the concurrency tests: before writing the first return, creates the file {@code pause.signal}
 * and waits (at most a minute) until the file {@code pause.resume} exists, so the test can act
 * while the run holds the warehouse.
 */
public class PausingStepListener implements ItemWriteListener<Object> {

    private final AtomicBoolean paused = new AtomicBoolean();

    @Override
    public void beforeWrite(Chunk<?> items) {
        if (!paused.compareAndSet(false, true)) {
            return;
        }
        Path signal = Path.of(System.getProperty("pause.signal"));
        Path resume = Path.of(System.getProperty("pause.resume"));
        try {
            Files.writeString(signal, Long.toString(ProcessHandle.current().pid()));
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(resume) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
