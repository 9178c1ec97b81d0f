package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The text of a SQL file on the classpath. */
final class SqlResource {

    private SqlResource() {
    }

    static String read(String path) {
        try (InputStream in = SqlResource.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The SQL file " + path + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the SQL file " + path + ": " + e.getMessage(), e);
        }
    }
}
