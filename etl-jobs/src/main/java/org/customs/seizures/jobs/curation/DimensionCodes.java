package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.customs.seizures.jobs.warehouse.SqlFile;

/** The surrogate keys of the dimensions by code, as the warehouse has them. */
final class DimensionCodes {

    private final Map<String, Map<String, Integer>> keys = new HashMap<>();

    static DimensionCodes read(Connection connection) throws SQLException {
        DimensionCodes codes = new DimensionCodes();
        for (String dimension : new String[] {"country", "commodity", "unit", "operation"}) {
            Map<String, Integer> byCode = new HashMap<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(SqlFile.load("dimensions/" + dimension + "_keys.sql"))) {
                while (rs.next()) {
                    byCode.put(rs.getString("code"), rs.getInt("key"));
                }
            }
            codes.keys.put(dimension, byCode);
        }
        return codes;
    }

    int key(String dimension, String code) {
        Integer key = keys.get(dimension).get(code);
        if (key == null) {
            throw new IllegalStateException("The warehouse has no " + dimension + " '" + code
                    + "' in its dimension table: reference data and catalogues disagree");
        }
        return key;
    }

    Integer keyOrNull(String dimension, String code) {
        return code == null ? null : key(dimension, code);
    }
}
