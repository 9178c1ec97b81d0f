package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;

/**
 * One file found in the inbox.
 *
 * @param path   where it is
 * @param sha256 hex SHA-256 of its bytes, or null until computed
 */
record InboxFile(Path path, String sha256) {

    String fileName() {
        return path.getFileName().toString();
    }

    InboxFile withSha256(String digest) {
        return new InboxFile(path, digest);
    }
}
