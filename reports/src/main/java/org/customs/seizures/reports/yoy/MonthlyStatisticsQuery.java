package org.customs.seizures.reports.yoy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@code monthly-statistics.sql} for one month, on a vintage or as it stands now (from the materialised
 * mart, see {@link VintageQuery}), and maps its rows.
 */
final class MonthlyStatisticsQuery {

    private static final Logger log = LoggerFactory.getLogger(MonthlyStatisticsQuery.class);

    private MonthlyStatisticsQuery() {
    }

    static List<StatisticsRow> rowsOf(Connection connection, YearMonth month, LocalDateTime asOf) throws SQLException {
        List<StatisticsRow> rows = new ArrayList<>();
        VintageQuery.Prepared prepared = Sql.QUERY.prepare(connection, asOf);
        try (PreparedStatement statement = prepared.statement()) {
            statement.setObject(prepared.nextParameter(), month.atDay(1));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row(result));
                }
            }
        }
        log.debug("Read {} statistics rows for {} from v_monthly_yoy", rows.size(), month);
        return rows;
    }

    private static StatisticsRow row(ResultSet result) throws SQLException {
        Map<Measure, Comparison> figures = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            String m = measure.column();
            figures.put(measure, new Comparison(
                    number(result, m), number(result, m + "_prev"), number(result, m + "_yoy_pct"),
                    number(result, m + "_ytd"), number(result, m + "_ytd_prev"), number(result, m + "_ytd_yoy_pct")));
        }
        return new StatisticsRow(
                StatisticsTable.ofLabel(result.getString("statistics_table")),
                result.getString("reporting_iso3"),
                result.getString("country_name"),
                result.getString("domain"),
                result.getString("commodity_category"),
                figures,
                whole(result, "reporting_countries"),
                whole(result, "reporting_countries_prev"),
                flag(result, "comparable"));
    }

    private static Double number(ResultSet result, String column) throws SQLException {
        Object value = result.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Long whole(ResultSet result, String column) throws SQLException {
        Object value = result.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }

    private static Boolean flag(ResultSet result, String column) throws SQLException {
        boolean value = result.getBoolean(column);
        return result.wasNull() ? null : value;
    }

    /** The query texts, loaded on first use. */
    private static final class Sql {
        static final VintageQuery QUERY = new VintageQuery("monthly-statistics");
    }
}
