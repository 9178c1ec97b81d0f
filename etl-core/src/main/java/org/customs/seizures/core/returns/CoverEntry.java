package org.customs.seizures.core.returns;

import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.RawCell;

/**
 * One label/value pair of a cover sheet.
 *
 * @param rowNumber 1-based row of the pair
 * @param label     the label as the sender wrote it
 * @param value     the cell beside the label, or null when it is empty
 */
record CoverEntry(int rowNumber, String label, RawCell value) {

    /** The value as the sender would read it, cleaned of stray spaces; "" when empty. */
    String text() {
        if (value == null) {
            return "";
        }
        String shown = value.display();
        return shown == null ? "" : FoldedText.clean(shown);
    }

    boolean isEmpty() {
        return text().isEmpty();
    }

    /** The value's cell, e.g. {@code B3}, or the row when the value is missing. */
    String where() {
        return value == null ? "row " + rowNumber : "cell " + value.reference(rowNumber);
    }
}
