package org.customs.seizures.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.infrastructure.item.ItemReader;

/**
 * Hands over the files of one partition of the inbox ({@link InboxPartitioner}), in name order. Which of
 * them still need loading is decided by the ledger ({@link LedgerFilter}), so a restarted partition simply
 * reads its list again and skips what the failed run already committed.
 */
class InboxReader implements ItemReader<InboxFile> {

    private final Iterator<InboxFile> files;

    InboxReader(List<InboxFile> files) {
        this.files = files.iterator();
    }

    @Override
    public synchronized InboxFile read() {
        return files.hasNext() ? files.next() : null;
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
