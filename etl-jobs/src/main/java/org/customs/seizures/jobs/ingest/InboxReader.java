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
 * Hands over the regular files of the inbox in name order (hidden files excluded). Which of them
 * still need loading is decided by the ledger ({@link LedgerFilter}), so a restarted run simply
 * lists the inbox again and skips what the failed run already committed.
 */
class InboxReader implements ItemReader<InboxFile> {

    private final Path inbox;
    private Iterator<Path> files;

    InboxReader(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public InboxFile read() {
        if (files == null) {
            files = list(inbox).iterator();
        }
        return files.hasNext() ? new InboxFile(files.next(), null) : null;
    }

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
