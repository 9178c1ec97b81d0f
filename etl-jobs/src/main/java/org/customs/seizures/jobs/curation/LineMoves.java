package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.SQLException;
import org.duckdb.DuckDBAppender;

/**
 * The lines reclassify moves, gathered in the {@link TemporaryTable} {@code line_moves} while the
 * stored lines are re-derived, then applied to {@code fact_seizure_line} in one update: a statement per line
 * would scan the fact table once per moved line.
 */
final class LineMoves implements AutoCloseable {

    private final TemporaryTable table;
    private final DuckDBAppender appender;

    LineMoves(Connection connection) throws SQLException {
        this.table = new TemporaryTable(connection, "curation/create_line_moves.sql", "line_moves");
        this.appender = table.appender();
    }

    /**
     * @param classificationMoved the commodity or the rule that classified it changed
     * @param conflict            the new classification's COMMODITY_HS_CONFLICT message, null when none
     */
    void add(long lineKey, int commodityKey, String classifiedBy, int unitKey, Double massKg, Double volumeM3,
             Double items, Integer originKey, Integer destinationKey, boolean classificationMoved, String conflict)
            throws SQLException {
        appender.beginRow().append(lineKey).append(commodityKey).append(classifiedBy).append(unitKey);
        nullable(massKg);
        nullable(volumeM3);
        nullable(items);
        nullable(originKey);
        nullable(destinationKey);
        appender.append(classificationMoved);
        if (conflict == null) {
            appender.appendNull();
        } else {
            appender.append(conflict);
        }
        appender.endRow();
    }

    /** Writes the moves into the fact table (the Appender is flushed first). */
    void apply() throws SQLException {
        table.apply("curation/update_line_mappings.sql");
    }

    private void nullable(Double value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
    }

    private void nullable(Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
    }

    @Override
    public void close() throws SQLException {
        table.close();
    }
}
