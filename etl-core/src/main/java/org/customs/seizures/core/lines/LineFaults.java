package org.customs.seizures.core.lines;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.customs.seizures.core.lines.LineOutcome.LineWarning;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;

/**
 * Everything found wrong with one line while it is validated: the faults that reject it and the warnings.
 * Most lines have neither: the lists are made when the first one is found.
 */
final class LineFaults {

    private final ReturnLine line;
    private List<LineFault> faults;
    private List<LineWarning> warnings;
    private Set<Field> brokenCells;

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
        if (faults == null) {
            faults = new ArrayList<>();
        }
        faults.add(new LineFault(column(field), rawValue, reason, message));
    }

    void warn(Field field, RawCell cell, String code, String message) {
        if (warnings == null) {
            warnings = new ArrayList<>();
        }
        warnings.add(new LineWarning(column(field), cell == null ? null : cell.display(), code, message));
    }

    /** Rejects the line for an error value or an uncomputed formula in one of its cells. */
    void rejectBrokenCell(Field field, RawCell cell) {
        if (brokenCells == null) {
            brokenCells = EnumSet.noneOf(Field.class);
        }
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
        return brokenCells != null && brokenCells.contains(field);
    }

    boolean rejected() {
        return faults != null;
    }

    List<LineFault> faults() {
        return faults == null ? List.of() : List.copyOf(faults);
    }

    List<LineWarning> warnings() {
        return warnings == null ? List.of() : List.copyOf(warnings);
    }
}
