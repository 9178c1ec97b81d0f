package org.customs.seizures.jobs.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * How the cells of a rejected line are kept in {@code etl_rejected_line}: by field key, each cell
 * as {@code <kind>:<value>} ({@code N:545}, {@code D:2019-06-04T00:00}, {@code T:12 kg approx?},
 * {@code B:TRUE}, {@code E:#N/A}, {@code F:B5*1000}). Lossless for what validation reads, so a
 * stored line can be validated again after an alias is added.
 */
public final class StoredCells {

    private static final JsonFactory JSON = new JsonFactory();

    private StoredCells() {
    }

    public static Map<String, String> encode(ReturnLine line) {
        Map<String, String> cells = new LinkedHashMap<>();
        line.cells().forEach((field, cell) -> cells.put(field.key(), encode(cell)));
        return cells;
    }

    public static Map<String, String> headers(ReturnLine line) {
        return byKey(line.headers());
    }

    /** Headers by field key ({@code commodity} -> the header as written), as the warehouse keeps them. */
    public static Map<String, String> byKey(Map<Field, String> headers) {
        Map<String, String> byKey = new LinkedHashMap<>();
        headers.forEach((field, header) -> byKey.put(field.key(), header));
        return byKey;
    }

    /** Rebuilds the line as the reader handed it over (cells keep their column order by field). */
    public static ReturnLine decode(String sheet, int rowNumber, Map<String, String> cells,
                                    Map<String, String> headers, String unitFromHeader) {
        Map<Field, RawCell> decoded = new EnumMap<>(Field.class);
        cells.forEach((key, value) -> {
            Field field = Field.valueOf(key.toUpperCase(java.util.Locale.ROOT));
            decoded.put(field, decode(field.ordinal(), value));
        });
        Map<Field, String> headerTexts = new EnumMap<>(Field.class);
        headers.forEach((key, value) -> headerTexts.put(Field.valueOf(key.toUpperCase(java.util.Locale.ROOT)), value));
        return new ReturnLine(sheet, rowNumber, decoded, headerTexts, unitFromHeader);
    }

    /**
     * A map the warehouse hands over as a JSON object of strings ({@code to_json(cells)}: field key -> stored
     * cell or header), in its order; {@code null} JSON (or SQL NULL) is an empty map.
     */
    public static Map<String, String> mapFromJson(String json) {
        Map<String, String> map = new LinkedHashMap<>();
        if (json == null) {
            return map;
        }
        try (JsonParser parser = JSON.createParser(json)) {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.VALUE_NULL) {
                return map;
            }
            if (token != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("Not a JSON object of stored cells: " + json);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                map.put(key, parser.nextToken() == JsonToken.VALUE_NULL ? null : parser.getValueAsString());
            }
            return map;
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a JSON object of stored cells: " + json, e);
        }
    }

    static String encode(RawCell cell) {
        return switch (cell.kind()) {
            case NUMBER -> "N:" + Double.toString(cell.number());
            case DATE -> "D:" + cell.date();
            case TEXT -> "T:" + cell.text();
            case BOOLEAN -> "B:" + cell.text();
            case ERROR -> "E:" + cell.text();
            case FORMULA_WITHOUT_VALUE -> "F:" + cell.text();
        };
    }

    static RawCell decode(int column, String stored) {
        String value = stored.substring(2);
        return switch (stored.charAt(0)) {
            case 'N' -> RawCell.number(column, Double.parseDouble(value));
            case 'D' -> new RawCell(column, CellKind.DATE, null, 0, LocalDateTime.parse(value), false, false);
            case 'T' -> RawCell.text(column, value);
            case 'B' -> new RawCell(column, CellKind.BOOLEAN, value, 0, null, false, false);
            case 'E' -> RawCell.error(column, value);
            case 'F' -> new RawCell(column, CellKind.FORMULA_WITHOUT_VALUE, value, 0, null, false, false);
            default -> throw new IllegalArgumentException("Not a stored cell: " + stored);
        };
    }
}
