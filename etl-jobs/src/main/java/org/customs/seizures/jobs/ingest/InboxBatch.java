package org.customs.seizures.jobs.ingest;

import java.util.List;

/**
 * The returns of a partition loaded in one transaction: up to {@code seizures.returns-per-transaction} of
 * them while their files stay under {@code seizures.transaction-size}; a bigger return is a transaction of
 * its own.
 *
 * @param files the returns, in the partition's order
 */
record InboxBatch(List<InboxFile> files) {

    InboxBatch {
        files = List.copyOf(files);
    }

    int size() {
        return files.size();
    }

    java.nio.file.Path firstPath() {
        return files.get(0).path();
    }
}
