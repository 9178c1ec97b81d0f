package org.customs.seizures.jobs.operations.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import org.customs.seizures.reports.safety.ProcessTemporary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The archive of received files, by content: {@code <archive>/<sha256[0..2]>/<sha256>.<ext>}. A
 * file is copied (never moved, never modified: the inbox stays as the sender's office left it),
 * through a temporary file renamed into place, so the archive holds only whole files; a file
 * whose bytes are archived already is not copied again. A copy cut short (the run killed while
 * copying) leaves its hidden temporary behind; the next run removes it ({@link #sweepAbandonedCopies}).
 */
public final class ReturnArchive {

    private static final Logger log = LoggerFactory.getLogger(ReturnArchive.class);

    /** {@code .<sha256>.<ext>.copying-<pid>.<n>}: a copy under way in process {@code pid}. */
    static final ProcessTemporary COPYING = new ProcessTemporary("copying");

    private final Path root;

    public ReturnArchive(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code seizures.archive} if set, else the {@code archive} folder beside the warehouse. */
    public static ReturnArchive beside(Path warehouse, String configured) {
        return new ReturnArchive(configured != null && !configured.isBlank() ? Path.of(configured)
                : warehouse.toAbsolutePath().normalize().resolveSibling("archive"));
    }

    public Path root() {
        return root;
    }

    /** Where the file with these bytes is (or will be) archived. */
    public Path placeOf(Path file, String sha256) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        return root.resolve(sha256.substring(0, 2)).resolve(sha256 + extension);
    }

    /** Copies {@code file} into the archive unless its bytes are there already; returns its place. */
    public Path keep(Path file, String sha256) {
        Path target = placeOf(file, sha256);
        if (Files.isRegularFile(target)) {
            return target;
        }
        Path temporary = COPYING.of(target);
        try {
            Files.createDirectories(target.getParent());
            Files.copy(file, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            log.debug("{} archived as {}", file.getFileName(), target);
            return target;
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // the temporary name is hidden and replaced by the next attempt
            }
            throw new UncheckedIOException("Cannot archive " + file + " to " + target + ": " + e.getMessage()
                    + ". The file stays in the inbox and is taken again by the next run.", e);
        }
    }

    /** Removes the temporaries of copies cut short by a run that was killed ({@link ProcessTemporary#sweep}). */
    public List<Path> sweepAbandonedCopies() {
        return COPYING.sweep(root, 2);
    }
}
