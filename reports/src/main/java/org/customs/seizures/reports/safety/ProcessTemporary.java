package org.customs.seizures.reports.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hidden temporary a file (or a folder) is written to before it is renamed into place:
 * {@code .<target name>.<doing>-<pid>.<n>}, named after the process writing it ({@code n} tells apart the
 * writes of one process). A process killed while writing (kill -9, power cut) leaves it behind, and no later
 * process would write the same name; {@link #sweep} removes those whose process no longer runs and leaves the
 * writes under way alone.
 */
public final class ProcessTemporary {

    private static final Logger log = LoggerFactory.getLogger(ProcessTemporary.class);
    private static final AtomicLong WRITES = new AtomicLong();

    private final String doing;
    private final Pattern name;

    /** {@code doing}: what the writer does, in the temporary's name ({@code copying}, {@code exporting}, ...). */
    public ProcessTemporary(String doing) {
        if (!doing.matches("[a-z]+")) {
            throw new IllegalArgumentException("A temporary's word is lower-case letters: " + doing);
        }
        this.doing = doing;
        this.name = Pattern.compile("\\..+\\." + doing + "-(\\d{1,18})\\.\\d{1,19}");
    }

    /** A new temporary for {@code target} in the same folder (so the rename is atomic), this process's own. */
    public Path of(Path target) {
        return of(target, ProcessHandle.current().pid());
    }

    Path of(Path target, long pid) {
        return target.resolveSibling("." + target.getFileName() + "." + doing + "-" + pid + "." + WRITES.incrementAndGet());
    }

    /**
     * Removes, in {@code folder} and up to {@code depth} folders below, the temporaries of this kind whose
     * process no longer runs; returns what it removed. A folder not yet made holds none.
     */
    public List<Path> sweep(Path folder, int depth) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder, depth)) {
            List<Path> abandoned = files.filter(this::isAbandoned).toList();
            for (Path temporary : abandoned) {
                FileTree.delete(temporary);
                log.info("Removed {}: left by a run that stopped while {} (its process no longer runs)",
                        temporary, doing);
            }
            return abandoned;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove the temporaries left in " + folder
                    + " by runs that stopped while " + doing + ": " + e.getMessage(), e);
        }
    }

    private boolean isAbandoned(Path file) {
        OptionalLong pid = writer(file.getFileName().toString());
        return pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(process -> !process.isAlive()).orElse(true);
    }

    private OptionalLong writer(String fileName) {
        Matcher matcher = name.matcher(fileName);
        return matcher.matches() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }
}
