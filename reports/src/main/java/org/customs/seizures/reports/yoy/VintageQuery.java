package org.customs.seizures.reports.yoy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * A statistics query in two forms: {@code <name>.sql} recomputes a vintage from every line
 * ({@code monthly_yoy_as_of(?)}, its first parameter), {@code <name>-now.sql} reads the statistics as they
 * stand now from the materialised {@code v_monthly_yoy} (the same rows at a null vintage, without the vintage
 * parameter). Reading the stored rows is what makes the nightly workbook cheap; a vintage is still computed.
 */
final class VintageQuery {

    private final String asOfText;
    private final String nowText;

    VintageQuery(String name) {
        this.asOfText = load(name + ".sql");
        this.nowText = load(name + "-now.sql");
    }

    /**
     * Prepares the query for {@code asOf} (null = now) and binds the vintage when there is one.
     *
     * @return the statement and the index of its next parameter to bind
     */
    Prepared prepare(Connection connection, LocalDateTime asOf) throws SQLException {
        if (asOf == null) {
            return new Prepared(connection.prepareStatement(nowText), 1);
        }
        PreparedStatement statement = connection.prepareStatement(asOfText);
        try {
            statement.setObject(1, asOf);
        } catch (SQLException failure) {
            statement.close();
            throw failure;
        }
        return new Prepared(statement, 2);
    }

    record Prepared(PreparedStatement statement, int nextParameter) {
    }

    private static String load(String resource) {
        try (InputStream in = VintageQuery.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The query " + resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not read the query " + resource, failure);
        }
    }
}
