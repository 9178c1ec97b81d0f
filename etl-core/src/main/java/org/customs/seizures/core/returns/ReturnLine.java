package org.customs.seizures.core.returns;

import java.util.Map;
import org.customs.seizures.core.workbook.RawCell;

/**
 * One data row of a seizure sheet, before validation: the raw cells of the recognised columns.
 *
 * @param sheet          the sheet's tab name
 * @param rowNumber      1-based row number as the spreadsheet shows it
 * @param cells          the row's cells by field; a field with an empty cell is absent
 * @param headers        the header text as the sender wrote it, by field (for messages)
 * @param unitFromHeader the unit written in the quantity header (e.g. "kg" from "Quantity (kg)"), or null
 */
public record ReturnLine(String sheet, int rowNumber, Map<Field, RawCell> cells, Map<Field, String> headers,
                         String unitFromHeader) {

    public RawCell cell(Field field) {
        return cells.get(field);
    }

    /** The column name to quote to the sender for a field: their own header text, else the field key. */
    public String columnName(Field field) {
        String header = headers.get(field);
        return header != null ? header : field.key();
    }
}
