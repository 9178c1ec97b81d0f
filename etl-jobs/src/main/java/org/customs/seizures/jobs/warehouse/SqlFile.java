package org.customs.seizures.jobs.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Loads the application's SQL statements from {@code src/main/resources/sql/}: SQL lives in .sql files, not in Java. */
public final class SqlFile {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlFile() {
    }

    /** The text of {@code sql/<name>}, e.g. {@code ledger/find_by_sha256.sql}. */
    public static String load(String name) {
        return CACHE.computeIfAbsent(name, SqlFile::read);
    }

    private static String read(String name) {
        String path = "/sql/" + name;
        try (InputStream in = SqlFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing SQL resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read SQL resource " + path, e);
        }
    }
}
