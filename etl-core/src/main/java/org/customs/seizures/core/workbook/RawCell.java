package org.customs.seizures.core.workbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.customs.seizures.core.text.FoldedText;

/**
 * One non-empty cell as stored in the file.
 *
 * @param column  0-based column index (A = 0)
 * @param kind    what the cell holds
 * @param text    the text for TEXT, BOOLEAN, ERROR and FORMULA_WITHOUT_VALUE; null otherwise
 * @param number  the value for NUMBER and DATE (the serial); 0 otherwise
 * @param date    the date-time for DATE; null otherwise
 * @param merged  true when the value was spread from the top-left cell of a merged range
 * @param formula true when the value is a formula's cached or evaluated result
 */
public record RawCell(int column, CellKind kind, String text, double number, LocalDateTime date,
                      boolean merged, boolean formula) {

    public static RawCell text(int column, String text) {
        return new RawCell(column, CellKind.TEXT, text, 0, null, false, false);
    }

    public static RawCell number(int column, double number) {
        return new RawCell(column, CellKind.NUMBER, null, number, null, false, false);
    }

    public static RawCell date(int column, double serial, LocalDateTime date) {
        return new RawCell(column, CellKind.DATE, null, serial, date, false, false);
    }

    public static RawCell error(int column, String code) {
        return new RawCell(column, CellKind.ERROR, code, 0, null, false, false);
    }

    /** The same value placed in another column/row of a merged range. */
    public RawCell spreadTo(int otherColumn) {
        return new RawCell(otherColumn, kind, text, number, date, true, formula);
    }

    /** A value as a person would quote it in a message: the text, the number, or the ISO date. */
    public String display() {
        return switch (kind) {
            case NUMBER -> formatNumber(number);
            case DATE -> date.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
                    ? date.toLocalDate().toString() : date.toString();
            default -> text;
        };
    }

    /** True when the cell holds nothing a person could see (only spaces or invisible characters). */
    public boolean isBlank() {
        if (kind != CellKind.TEXT) {
            return false;
        }
        if (!text.isEmpty()) {
            char first = text.charAt(0);
            if (first > ' ' && first < 0x7F) {
                return false; // a visible ASCII character: neither a space nor invisible, cleaning keeps it
            }
        }
        return FoldedText.clean(text).isEmpty();
    }

    /** The spreadsheet reference of this cell in the given 1-based row, e.g. {@code C12}. */
    public String reference(int rowNumber) {
        return columnLetters(column) + rowNumber;
    }

    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        int n = column + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.toString();
    }

    /**
     * A whole number as a long; any other number in plain notation without trailing zeros. Between 10^-3
     * and 10^7, a number that is not whole is already so in {@link Double#toString}, the very digits
     * {@link BigDecimal#valueOf(double)} starts from (plain notation there, one digit at least after the
     * point, none more than needed): the same text without making and stripping a BigDecimal.
     */
    static String formatNumber(double value) {
        double magnitude = Math.abs(value);
        if (value == Math.rint(value)) {
            if (magnitude < 1e15) {
                return Long.toString((long) value);
            }
        } else if (magnitude >= 1e-3 && magnitude < 1e7) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
