package org.customs.seizures.core.lines;

import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * The HS code of a line: 4 to 10 digits once dots and spaces are removed ({@code 0507.10},
 * {@code 4403 49}); anything else is ignored with a warning, never a rejection.
 *
 * <p>An HS code typed into a number cell loses its zeros ({@code 0507.10} is stored as 507.1). Since
 * every level of the code has two digits, the whole part and the decimal part of such a number are
 * padded back to an even count of digits: a zero in front of the whole part, a zero after the decimals.
 */
final class HsCodeReading {

    private HsCodeReading() {
    }

    /** The digits of the code, or null when there is none or it was ignored. */
    static String digits(ReturnLine line, LineFaults faults) {
        if (faults.broken(Field.HS_CODE)) {
            return null;
        }
        RawCell cell = line.cell(Field.HS_CODE);
        String text = CellText.of(cell);
        if (text == null) {
            return null;
        }
        String digits = cell.kind() == CellKind.NUMBER ? fromNumber(text) : text.replaceAll("[.\\s]", "");
        if (digits == null || !digits.matches("\\d{4,10}")) {
            faults.warn(Field.HS_CODE, cell, "HS_CODE_IGNORED", faults.column(Field.HS_CODE) + " '" + text
                    + "' is not an HS code (4 to 10 digits, dots and spaces allowed) and was ignored");
            return null;
        }
        return digits;
    }

    private static String fromNumber(String shown) {
        if (!shown.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        int dot = shown.indexOf('.');
        String whole = dot < 0 ? shown : shown.substring(0, dot);
        String decimals = dot < 0 ? "" : shown.substring(dot + 1);
        if (whole.length() % 2 == 1) {
            whole = "0" + whole;
        }
        if (decimals.length() % 2 == 1) {
            decimals = decimals + "0";
        }
        return whole + decimals;
    }
}
