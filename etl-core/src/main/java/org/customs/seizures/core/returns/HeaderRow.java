package org.customs.seizures.core.returns;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;

/**
 * The header row of a seizure sheet: which column holds which field. A row is a header when its
 * cells name at least the four always-required fields; when a field is named twice the first
 * column wins.
 *
 * @param rowNumber      1-based row of the header
 * @param fieldByColumn  the recognised columns
 * @param headers        the header text as written, by field
 * @param columnByField  the column of each field
 * @param unitFromHeader the unit in the quantity header, or null
 * @param unknown        header cells that name no field, as written, by column
 * @param repeated       header cells naming a field already named further left, as written, by column
 */
record HeaderRow(int rowNumber, Map<Integer, Field> fieldByColumn, Map<Field, String> headers,
                 Map<Field, Integer> columnByField, String unitFromHeader, Map<Integer, String> unknown,
                 Map<Integer, String> repeated) {

    static final Set<Field> REQUIRED = requiredFields();

    /** The row as a header, when it names every always-required field. */
    static Optional<HeaderRow> recognise(RawRow row, HeaderSynonyms synonyms) {
        Map<Integer, Field> fieldByColumn = new HashMap<>();
        Map<Field, String> headers = new EnumMap<>(Field.class);
        Map<Field, Integer> columnByField = new EnumMap<>(Field.class);
        Map<Integer, String> unknown = new java.util.TreeMap<>();
        Map<Integer, String> repeated = new java.util.TreeMap<>();
        String unit = null;
        for (RawCell cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            String text = headerText(cell);
            Optional<HeaderSynonyms.HeaderMatch> match = cell.kind() == CellKind.TEXT
                    ? synonyms.match(text) : Optional.empty();
            if (match.isEmpty()) {
                unknown.put(cell.column(), text);
                continue;
            }
            Field field = match.get().field();
            if (headers.containsKey(field)) {
                repeated.put(cell.column(), text);
                continue;
            }
            fieldByColumn.put(cell.column(), field);
            headers.put(field, text);
            columnByField.put(field, cell.column());
            if (field == Field.QUANTITY) {
                unit = match.get().unit();
            }
        }
        if (!headers.keySet().containsAll(REQUIRED)) {
            return Optional.empty();
        }
        return Optional.of(new HeaderRow(row.rowNumber(), Collections.unmodifiableMap(fieldByColumn),
                Collections.unmodifiableMap(headers), Collections.unmodifiableMap(columnByField), unit,
                Collections.unmodifiableMap(unknown), Collections.unmodifiableMap(repeated)));
    }

    /**
     * Whether {@link #recognise} would take the row for a header, without building one: only text
     * cells can name a field, so a row with fewer text cells than required fields is no header, and
     * the cells are matched only until the text cells left cannot complete the required fields. The
     * repeated-header check of every data row.
     */
    static boolean namesRequiredFields(RawRow row, HeaderSynonyms synonyms) {
        List<RawCell> cells = row.cells();
        int textCells = 0;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).kind() == CellKind.TEXT) {
                textCells++;
            }
        }
        int missing = REQUIRED.size();
        if (textCells < missing) {
            return false;
        }
        long named = 0; // bits by Field ordinal
        int textCellsLeft = textCells;
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            textCellsLeft--;
            Optional<HeaderSynonyms.HeaderMatch> match = synonyms.match(cell.text());
            if (match.isPresent() && match.get().field().alwaysRequired()) {
                long bit = 1L << match.get().field().ordinal();
                if ((named & bit) == 0) {
                    named |= bit;
                    if (--missing == 0) {
                        return true;
                    }
                }
            }
            if (textCellsLeft < missing) {
                return false;
            }
        }
        return false;
    }

    /** The fields a row's cells name (for messages about a sheet without a header). */
    static Set<Field> fieldsNamed(RawRow row, HeaderSynonyms synonyms) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (RawCell cell : row.cells()) {
            if (cell.kind() == CellKind.TEXT) {
                synonyms.field(cell.text()).ifPresent(fields::add);
            }
        }
        return fields;
    }

    /** The visible texts of a row, cleaned of line breaks and stray spaces. */
    static List<String> texts(RawRow row) {
        List<String> texts = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            if (!cell.isBlank()) {
                texts.add(headerText(cell));
            }
        }
        return texts;
    }

    private static String headerText(RawCell cell) {
        String shown = cell.display();
        return shown == null ? "" : FoldedText.clean(shown);
    }

    private static Set<Field> requiredFields() {
        Set<Field> required = EnumSet.noneOf(Field.class);
        for (Field f : Field.values()) {
            if (f.alwaysRequired()) {
                required.add(f);
            }
        }
        return Collections.unmodifiableSet(required);
    }
}
