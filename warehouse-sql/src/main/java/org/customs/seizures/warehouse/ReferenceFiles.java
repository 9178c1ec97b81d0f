package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * The reference CSV files that the seed scripts read, copied from the classpath ({@code reference/}) into a
 * temporary folder, because DuckDB's {@code read_csv} needs a file path. Deleted on close.
 */
final class ReferenceFiles implements AutoCloseable {

    /** The files the seeds read; each one must be on the classpath under {@code reference/}. */
    static final List<String> SEED_FILES = List.of(
            "iso3166_countries.csv", "commodities.csv", "units.csv", "operations.csv");

    private final Path directory;

    private ReferenceFiles(Path directory) {
        this.directory = directory;
    }

    static ReferenceFiles extract() throws IOException {
        Path directory = Files.createTempDirectory("warehouse-reference-");
        ReferenceFiles files = new ReferenceFiles(directory);
        try {
            for (String name : SEED_FILES) {
                copy(name, directory.resolve(name));
            }
            return files;
        } catch (IOException | RuntimeException e) {
            files.close();
            throw e;
        }
    }

    private static void copy(String name, Path target) throws IOException {
        String resource = "reference/" + name;
        try (InputStream in = ReferenceFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The reference file " + resource + " is missing from the classpath");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The folder as a path for a SQL string literal: forward slashes, single quotes doubled. */
    String directoryForSql() {
        return directory.toAbsolutePath().toString().replace('\\', '/').replace("'", "''");
    }

    @Override
    public void close() throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.list(directory)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Files.deleteIfExists(path);
            }
        }
        Files.deleteIfExists(directory);
    }
}
