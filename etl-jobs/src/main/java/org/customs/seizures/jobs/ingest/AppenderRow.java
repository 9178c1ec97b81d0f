package org.customs.seizures.jobs.ingest;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;

/** Appends one row's values with the exact types DuckDB's Appender expects, nulls included. */
final class AppenderRow {

    private final DuckDBAppender appender;

    AppenderRow(DuckDBAppender appender) throws SQLException {
        this.appender = appender;
        appender.beginRow();
    }

    AppenderRow text(String value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value);
        }
        return this;
    }

    AppenderRow integer(Integer value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.intValue());
        }
        return this;
    }

    AppenderRow bigint(long value) throws SQLException {
        appender.append(value);
        return this;
    }

    AppenderRow decimal(BigDecimal value) throws SQLException {
        if (value == null) {
            appender.appendNull();
        } else {
            appender.append(value.doubleValue());
        }
        return this;
    }

    AppenderRow timestamp(LocalDateTime value) throws SQLException {
        appender.append(value);
        return this;
    }

    void end() throws SQLException {
        appender.endRow();
    }
}
