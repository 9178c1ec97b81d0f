package org.customs.seizures.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands over the files of one partition of the inbox ({@link InboxPartitioner}), in its order, a
 * transaction's worth at a time ({@link InboxBatch}): up to {@code returnsPerTransaction} files while they
 * stay under {@code transactionBytes} together, a bigger file alone. Which of them still need loading is
 * decided by the ledger ({@link LedgerFilter}), so a restarted partition simply reads its list again and
 * skips what the failed run already committed.
 */
class InboxReader implements ItemReader<InboxBatch> {

    private final Iterator<InboxFile> files;
    private final int returnsPerTransaction;
    private final long transactionBytes;
    private InboxFile next;

    InboxReader(List<InboxFile> files, int returnsPerTransaction, long transactionBytes) {
        this.files = files.iterator();
        this.returnsPerTransaction = returnsPerTransaction;
        this.transactionBytes = transactionBytes;
    }

    @Override
    public synchronized InboxBatch read() {
        List<InboxFile> batch = new ArrayList<>();
        long bytes = 0;
        while (batch.size() < returnsPerTransaction) {
            if (next == null) {
                if (!files.hasNext()) {
                    break;
                }
                next = files.next();
            }
            long size = size(next.path());
            if (!batch.isEmpty() && bytes + size > transactionBytes) {
                break; // it starts the next transaction
            }
            batch.add(next);
            bytes += size;
            next = null;
        }
        return batch.isEmpty() ? null : new InboxBatch(batch);
    }

    /** The file's size; 0 for a file that vanished or cannot be read (it is taken all the same: reading says why). */
    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /** The regular files of the inbox in name order: hidden files and Excel's lock files excluded. */
    static List<Path> list(Path inbox) {
        try (Stream<Path> entries = Files.list(inbox)) {
            return entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !p.getFileName().toString().startsWith("~$")) // Excel's lock files
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the inbox " + inbox + ": " + e.getMessage(), e);
        }
    }
}
