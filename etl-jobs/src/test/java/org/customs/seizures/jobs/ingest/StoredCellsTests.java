package org.customs.seizures.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.junit.jupiter.api.Test;

class StoredCellsTests {

    /** What a sender may type into a cell, control characters (an xlsx {@code _x0001_}) and emoji included. */
    private static final String AWKWARD = "Défenses \"brutes\" \\ 12 kg\t≈\n\u0001 😀 {a=b, c}";

    @Test
    void aLineKeptByTheIngestComesBackThroughTheWarehousesJsonAsTheReaderHandedItOver() throws Exception {
        // given: a line with a cell of every kind and the headers as the sender wrote them
        Map<Field, RawCell> cells = new EnumMap<>(Field.class);
        cells.put(Field.SEIZURE_DATE, new RawCell(Field.SEIZURE_DATE.ordinal(), CellKind.DATE, null, 0,
                LocalDateTime.of(2019, 6, 4, 0, 0), false, false));
        cells.put(Field.COMMODITY, RawCell.text(Field.COMMODITY.ordinal(), AWKWARD));
        cells.put(Field.QUANTITY, RawCell.number(Field.QUANTITY.ordinal(), 0.1 + 0.2));
        cells.put(Field.UNIT, RawCell.error(Field.UNIT.ordinal(), "#N/A"));
        Map<Field, String> headers = new EnumMap<>(Field.class);
        headers.put(Field.COMMODITY, "Marchandise « saisie »");
        headers.put(Field.QUANTITY, "Qté");
        ReturnLine line = new ReturnLine("Saisies", 7, cells, headers, "kg");

        // when: stored as the ingest stores it, handed back as reclassify reads it
        String cellsJson = throughWarehouse(StoredCells.encode(line));
        String headersJson = throughWarehouse(StoredCells.headers(line));
        ReturnLine back = StoredCells.decode("Saisies", 7, StoredCells.mapFromJson(cellsJson),
                StoredCells.mapFromJson(headersJson), "kg");

        // then
        assertThat(back).isEqualTo(line);
    }

    @Test
    void aNullValueAnEmptyObjectAndSqlNullAreRead() {
        Map<String, String> withNull = new LinkedHashMap<>();
        withNull.put("unit", null);
        withNull.put("quantity", "N:3.0");

        assertThat(StoredCells.mapFromJson("{\"unit\":null,\"quantity\":\"N:3.0\"}")).isEqualTo(withNull)
                .containsKeys("unit", "quantity");
        assertThat(StoredCells.mapFromJson("{}")).isEmpty();
        assertThat(StoredCells.mapFromJson("null")).isEmpty();
        assertThat(StoredCells.mapFromJson(null)).isEmpty();
    }

    @Test
    void textThatIsNotAJsonObjectIsRefusedAndShown() {
        assertThatThrownBy(() -> StoredCells.mapFromJson("[\"T:a\"]"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[\"T:a\"]");
        assertThatThrownBy(() -> StoredCells.mapFromJson("{\"unit\":"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("{\"unit\":");
    }

    /** The map as a DuckDB MAP(VARCHAR, VARCHAR) column, read back as {@code to_json(...)::varchar}. */
    private static String throughWarehouse(Map<String, String> map) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement st = connection.prepareStatement("select to_json(map(?::varchar[], ?::varchar[]))::varchar")) {
            st.setArray(1, connection.createArrayOf("VARCHAR", map.keySet().toArray()));
            st.setArray(2, connection.createArrayOf("VARCHAR", map.values().toArray()));
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
