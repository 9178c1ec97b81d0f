package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;

/**
 * One file found in the inbox.
 *
 * @param path       where it is
 * @param sha256     hex SHA-256 of its bytes, or null until computed
 * @param ordinal    its place in the inbox's name order (0 for the first)
 */
record InboxFile(Path path, String sha256, int ordinal) {

    /**
     * When the run took it in: the time the run started plus one microsecond per file before it in the inbox,
     * so that the order of receipt (which decides between two versions of a return that carry neither a
     * version nor a submission date) is the inbox's name order, whichever partition loads the file first.
     */
    LocalDateTime receivedAt(LocalDateTime runStartedAt) {
        return runStartedAt.plusNanos(ordinal * 1_000L);
    }

    String fileName() {
        return path.getFileName().toString();
    }

    InboxFile withSha256(String digest) {
        return new InboxFile(path, digest, ordinal);
    }
}
