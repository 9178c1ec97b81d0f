package org.customs.seizures.reports.safety;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes an output file so that a reader never sees half of it: the content goes to a hidden
 * temporary file in the same folder, which is then moved over the target in one step. When
 * writing fails, the temporary file is removed and an existing target is left as it was; when the
 * process is killed while writing, the first write of a later process into the folder removes it
 * ({@link ProcessTemporary}).
 *
 * <p>The temporary file is created with the process's default permissions (umask), so the
 * finished file can be read by whoever could read the folder's other outputs.
 */
public final class AtomicFile {

    /** What goes into the file. The stream is closed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@code .<name>.writing-<pid>.<n>}: a file being written by process {@code pid}. */
    private static final ProcessTemporary WRITING = new ProcessTemporary("writing");

    /** The folders this process has swept already (a nightly writes hundreds of workbooks into one folder). */
    private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

    private AtomicFile() {
    }

    /** Writes the content to the target, creating its folder when needed. */
    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        if (SWEPT.add(folder.normalize())) { // once per folder and process: what runs killed while writing into it left
            WRITING.sweep(folder, 1);
        }
        Path temporary = WRITING.of(absolute);
        try {
            try (OutputStream out = new BufferedOutputStream(
                    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveOver(temporary, absolute);
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            throw failure;
        }
    }

    private static void moveOver(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
