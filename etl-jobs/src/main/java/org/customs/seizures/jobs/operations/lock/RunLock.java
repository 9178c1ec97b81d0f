package org.customs.seizures.jobs.operations.lock;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Properties;
import org.customs.seizures.jobs.warehouse.WarehouseInUseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writing run at a time: an OS lock on {@code <warehouse>.lock}, next to the warehouse, held
 * for the whole run. The file also says who holds it (pid, host, command, start time), so a
 * second run can name the first. The OS drops the lock when its process dies, however it dies:
 * a lock file left by a killed run is therefore free, and is taken over with a log line.
 */
public final class RunLock implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RunLock.class);

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RunLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of a warehouse: {@code data/warehouse.duckdb.lock} for {@code data/warehouse.duckdb}. */
    public static Path fileOf(Path warehouse) {
        Path absolute = warehouse.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock of {@code warehouse} for {@code command}, or throws {@link WarehouseInUseException}
     * (exit code 3) naming the run that holds it.
     */
    public static RunLock acquire(Path warehouse, String command) {
        Path file = fileOf(warehouse);
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already
            }
            if (lock == null) {
                String holder = describe(read(channel));
                channel.close();
                throw new WarehouseInUseException("Another run is using the warehouse " + warehouse.toAbsolutePath()
                        .normalize() + " (" + holder + "); this run stops without changing anything. "
                        + "Lock file: " + file, null);
            }
            Properties previous = read(channel);
            if (!previous.isEmpty()) {
                log.info("Taking over the lock file {} left by a run that is gone ({})", file, describe(previous));
            }
            write(channel, holder(command));
            return new RunLock(file, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the warehouse: " + file + ": " + e.getMessage(), e);
        }
    }

    /** Who holds the lock of {@code warehouse} now, or null when no run holds it. */
    public static String holderOf(Path warehouse) {
        Path file = fileOf(warehouse);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock probe;
            try {
                probe = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return "this process";
            }
            if (probe != null) {
                probe.release();
                return null;
            }
            return describe(read(channel));
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0); // an empty lock file: nobody to take over from
            lock.release();
            channel.close();
        } catch (IOException e) {
            log.warn("Could not release the lock file {}: {}", file, e.getMessage());
        }
    }

    private static Properties holder(String command) {
        Properties p = new Properties();
        p.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        p.setProperty("host", hostName());
        p.setProperty("command", command);
        p.setProperty("started", LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS).toString());
        return p;
    }

    private static String describe(Properties p) {
        if (p.isEmpty()) {
            return "a run that has not yet said who it is";
        }
        return "'" + p.getProperty("command", "?") + "' run, process " + p.getProperty("pid", "?") + " on host "
                + p.getProperty("host", "?") + ", started " + p.getProperty("started", "?").replace('T', ' ');
    }

    private static Properties read(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
        channel.read(buffer, 0);
        Properties p = new Properties();
        p.load(new StringReader(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8)));
        return p;
    }

    private static void write(FileChannel channel, Properties p) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String key : new String[] {"pid", "host", "command", "started"}) {
            text.append(key).append('=').append(p.getProperty(key)).append('\n');
        }
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8)), 0);
        channel.force(true);
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host != null && !host.isBlank()) {
            return host;
        }
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
