package org.customs.seizures.jobs.operations.archive;

import java.nio.file.Path;
import java.util.function.Function;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Archives each file of a chunk once the writer has taken it (loaded, rejected or duplicate
 * alike), still inside the chunk's transaction: if the copy fails, the return is rolled back and
 * taken again by the next run, so every file in the ledger is in the archive. A copy made for a
 * chunk that then rolls back is harmless: the archive is by content, and the retry finds it there.
 *
 * @param <T> the step's item, from which {@code path} and {@code sha256} read the file and its digest
 */
public final class ArchiveOnWrite<T> implements ItemWriteListener<T> {

    private final ReturnArchive archive;
    private final Function<T, Path> path;
    private final Function<T, String> sha256;

    public ArchiveOnWrite(ReturnArchive archive, Function<T, Path> path, Function<T, String> sha256) {
        this.archive = archive;
        this.path = path;
        this.sha256 = sha256;
    }

    @Override
    public void afterWrite(Chunk<? extends T> items) {
        for (T item : items) {
            archive.keep(path.apply(item), sha256.apply(item));
        }
    }
}
