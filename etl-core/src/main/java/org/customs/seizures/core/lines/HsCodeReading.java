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
        String digits = cell.kind() == CellKind.NUMBER ? fromNumber(text) : withoutDotsAndSpaces(text);
        if (digits == null || !isHsLength(digits) || !allDigits(digits, 0, digits.length())) {
            faults.warn(Field.HS_CODE, cell, "HS_CODE_IGNORED", faults.column(Field.HS_CODE) + " '" + text
                    + "' is not an HS code (4 to 10 digits, dots and spaces allowed) and was ignored");
            return null;
        }
        return digits;
    }

    private static String fromNumber(String shown) {
        int dot = shown.indexOf('.');
        boolean wholeAndDecimals = dot < 0 ? allDigits(shown, 0, shown.length()) && !shown.isEmpty()
                : dot > 0 && dot < shown.length() - 1 && allDigits(shown, 0, dot)
                && allDigits(shown, dot + 1, shown.length());
        if (!wholeAndDecimals) {
            return null;
        }
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

    /** The text without dots and the spaces of {@code \s} (space, tab, line feed, vertical tab, form feed, return). */
    private static String withoutDotsAndSpaces(String text) {
        StringBuilder kept = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean dropped = c == '.' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (dropped && kept == null) {
                kept = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!dropped && kept != null) {
                kept.append(c);
            }
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean isHsLength(String digits) {
        return digits.length() >= 4 && digits.length() <= 10;
    }

    /** True when the characters from {@code start} to {@code end} are all ASCII digits. */
    private static boolean allDigits(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
