package org.customs.seizures.core.lines;

import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/** The text of a cell as the validator uses it: as displayed, cleaned of invisible and surrounding spaces. */
final class CellText {

    private CellText() {
    }

    /** The cleaned text, or null when the cell is absent or shows nothing. A number cell 1234.0 gives "1234". */
    static String of(RawCell cell) {
        if (cell == null) {
            return null;
        }
        String cleaned = FoldedText.clean(cell.display());
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /**
     * Whether {@link #of} gives a text, without building it: a number or a date always shows something,
     * and is not formatted here just to be found non-empty.
     */
    static boolean present(RawCell cell) {
        if (cell == null) {
            return false;
        }
        if (cell.kind() == CellKind.NUMBER && Double.isFinite(cell.number())
                || cell.kind() == CellKind.DATE && cell.date() != null) {
            return true;
        }
        return of(cell) != null;
    }
}
