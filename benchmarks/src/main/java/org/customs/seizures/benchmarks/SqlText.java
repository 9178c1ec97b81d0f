package org.customs.seizures.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The benchmarks' SQL, from {@code src/main/resources/sql/}, with {@code {name}} placeholders filled in. */
final class SqlText {

    private SqlText() {
    }

    static String load(String name) {
        try (InputStream in = SqlText.class.getResourceAsStream("/sql/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL resource sql/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String load(String name, Map<String, Object> values) {
        String sql = load(name);
        for (Map.Entry<String, Object> value : values.entrySet()) {
            sql = sql.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return sql;
    }
}
