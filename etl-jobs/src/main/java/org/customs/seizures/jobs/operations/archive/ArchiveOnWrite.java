package org.customs.seizures.jobs.operations.archive;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Archives each file of a chunk once the writer has taken it (loaded, rejected or duplicate
 * alike), still inside the chunk's transaction: if the copy fails, the returns are rolled back and
 * taken again by the next run, so every file in the ledger is in the archive. A copy made for a
 * chunk that then rolls back is harmless: the archive is by content, and the retry finds it there.
 *
 * @param <T> the step's item, whose {@code files} are archived
 * @param <F> a file of an item, from which {@code path} and {@code sha256} read the file and its digest
 */
public final class ArchiveOnWrite<T, F> implements ItemWriteListener<T> {

    private final ReturnArchive archive;
    private final Function<T, List<F>> files;
    private final Function<F, Path> path;
    private final Function<F, String> sha256;

    public ArchiveOnWrite(ReturnArchive archive, Function<T, List<F>> files, Function<F, Path> path,
                          Function<F, String> sha256) {
        this.archive = archive;
        this.files = files;
        this.path = path;
        this.sha256 = sha256;
    }

    @Override
    public void afterWrite(Chunk<? extends T> items) {
        for (T item : items) {
            for (F file : files.apply(item)) {
                archive.keep(path.apply(file), sha256.apply(file));
            }
        }
    }
}
