package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.core.curation.NearestAliases;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * The raw values the warehouse holds that no alias recognised: commodity texts of lines classified
 * {@code UNCLASSIFIED}, units of lines rejected for {@code UNIT_UNKNOWN} and countries of lines rejected for
 * {@code COUNTRY_UNKNOWN}; each with its count of lines, its files and the three nearest known aliases.
 */
public final class UnmappedValues {

    static final int NEAREST = 3;

    private final NearestAliases commodities;
    private final NearestAliases units;
    private final NearestAliases countries;

    public UnmappedValues(CuratedCatalogues catalogues) {
        this.commodities = new NearestAliases(catalogues.commodities().aliases());
        this.units = new NearestAliases(catalogues.units().spellings());
        this.countries = new NearestAliases(catalogues.countries().names());
    }

    public List<UnmappedValue> read(Connection connection) throws SQLException {
        List<UnmappedValue> values = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/unmapped_commodities.sql"))) {
            collect(st, "commodity", commodities, values);
        }
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/unmapped_rejected_values.sql"))) {
            st.setString(1, "UNIT_UNKNOWN");
            collect(st, "unit", units, values);
            st.setString(1, "COUNTRY_UNKNOWN");
            collect(st, "country", countries, values);
        }
        return values;
    }

    private static void collect(PreparedStatement st, String kind, NearestAliases aliases, List<UnmappedValue> values)
            throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String raw = rs.getString("raw_value");
                values.add(new UnmappedValue(kind, raw, rs.getLong("lines"), rs.getString("files"),
                        aliases.nearest(raw, NEAREST)));
            }
        }
    }
}
