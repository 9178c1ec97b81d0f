package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.customs.seizures.jobs.warehouse.SqlFile;

/** The surrogate keys of the dimensions, by code, read once per run: facts reference dimensions by key. */
public final class DimensionKeys {

    private final Map<String, Integer> countries;
    private final Map<String, Integer> commodities;
    private final Map<String, Integer> units;
    private final Map<String, Integer> operations;

    private DimensionKeys(Map<String, Integer> countries, Map<String, Integer> commodities,
                          Map<String, Integer> units, Map<String, Integer> operations) {
        this.countries = countries;
        this.commodities = commodities;
        this.units = units;
        this.operations = operations;
    }

    public static DimensionKeys read(Connection connection) throws SQLException {
        return new DimensionKeys(keys(connection, "dimensions/country_keys.sql"),
                keys(connection, "dimensions/commodity_keys.sql"),
                keys(connection, "dimensions/unit_keys.sql"),
                keys(connection, "dimensions/operation_keys.sql"));
    }

    public int country(String iso3) {
        return required(countries, iso3, "country");
    }

    public Integer countryOrNull(String iso3) {
        return iso3 == null ? null : country(iso3);
    }

    public int commodity(String code) {
        return required(commodities, code, "commodity");
    }

    public int unit(String code) {
        return required(units, code, "unit");
    }

    /** The operation's key; the "no operation" row for null. */
    public int operation(String code) {
        return required(operations, code == null ? "" : code, "operation");
    }

    private static int required(Map<String, Integer> keys, String code, String what) {
        Integer key = keys.get(code);
        if (key == null) {
            throw new IllegalStateException("The warehouse has no " + what + " '" + code
                    + "' in its dimension table: reference data and catalogues disagree");
        }
        return key;
    }

    private static Map<String, Integer> keys(Connection connection, String sql) throws SQLException {
        Map<String, Integer> keys = new HashMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(SqlFile.load(sql))) {
            while (rs.next()) {
                keys.put(rs.getString("code"), rs.getInt("key"));
            }
        }
        return keys;
    }
}
