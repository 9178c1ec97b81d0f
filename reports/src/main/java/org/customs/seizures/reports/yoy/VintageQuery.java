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
 * A statistics query ({@code <name>.sql}) in two forms, by what it reads where the file says
 * {@value #STATISTICS}: the statistics as they stand now, the materialised {@code v_monthly_yoy}, or a
 * vintage recomputed from every line, {@code monthly_yoy_as_of(?)} (its first parameter; the same rows as the
 * view at a null vintage). Reading the stored rows is what makes the nightly workbook cheap; a vintage is
 * still computed.
 */
final class VintageQuery {

    static final String STATISTICS = "{statistics}";
    private static final String NOW = "v_monthly_yoy";
    private static final String AS_OF = "monthly_yoy_as_of(?::timestamp)";

    private final String asOfText;
    private final String nowText;

    VintageQuery(String name) {
        String text = load(name + ".sql");
        if (!text.contains(STATISTICS)) {
            throw new IllegalStateException("The query " + name + ".sql does not say where it reads " + STATISTICS);
        }
        this.asOfText = text.replace(STATISTICS, AS_OF);
        this.nowText = text.replace(STATISTICS, NOW);
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
