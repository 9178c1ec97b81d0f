package org.customs.seizures.core.lines;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.customs.seizures.core.lines.LineOutcome.LineWarning;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;

/** Everything found wrong with one line while it is validated: the faults that reject it and the warnings. */
final class LineFaults {

    private final ReturnLine line;
    private final List<LineFault> faults = new ArrayList<>();
    private final List<LineWarning> warnings = new ArrayList<>();
    private final Set<Field> brokenCells = EnumSet.noneOf(Field.class);

    LineFaults(ReturnLine line) {
        this.line = line;
    }

    /** The column name to quote to the sender. */
    String column(Field field) {
        return line.columnName(field);
    }

    void reject(Field field, RawCell cell, RejectReason reason, String message) {
        reject(field, cell == null ? null : cell.display(), reason, message);
    }

    void reject(Field field, String rawValue, RejectReason reason, String message) {
        faults.add(new LineFault(column(field), rawValue, reason, message));
    }

    void warn(Field field, RawCell cell, String code, String message) {
        warnings.add(new LineWarning(column(field), cell == null ? null : cell.display(), code, message));
    }

    /** Rejects the line for an error value or an uncomputed formula in one of its cells. */
    void rejectBrokenCell(Field field, RawCell cell) {
        brokenCells.add(field);
        String where = "Cell " + cell.reference(line.rowNumber()) + " (" + column(field) + ")";
        if (cell.kind() == org.customs.seizures.core.workbook.CellKind.ERROR) {
            reject(field, cell, RejectReason.CELL_ERROR, where + " holds the error " + cell.text()
                    + " instead of a value");
        } else {
            reject(field, cell, RejectReason.FORMULA_WITHOUT_VALUE, where + " holds the formula " + cell.text()
                    + " without a computed value; please type the value itself");
        }
    }

    /** True when the field's cell holds an error or an uncomputed formula (already rejected; read no further). */
    boolean broken(Field field) {
        return brokenCells.contains(field);
    }

    boolean rejected() {
        return !faults.isEmpty();
    }

    List<LineFault> faults() {
        return List.copyOf(faults);
    }

    List<LineWarning> warnings() {
        return List.copyOf(warnings);
    }
}
