package org.customs.seizures.core.workbook;

/** Reads the parts of an A1-style cell reference ({@code $AB$12} or {@code AB12}) without allocating. */
final class A1Reference {

    static final int MAX_COLUMN = 16_383;      // XFD
    static final int MAX_ROW = 1_048_576;

    private A1Reference() {
    }

    /** The 0-based column, or -1 when the reference has no readable column. */
    static int column(String ref) {
        if (ref == null) {
            return -1;
        }
        int column = 0;
        int letters = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch == '$') {
                continue;
            }
            char up = Character.toUpperCase(ch);
            if (up >= 'A' && up <= 'Z') {
                column = column * 26 + (up - 'A' + 1);
                if (++letters > 3) {
                    return -1;
                }
            } else {
                break;
            }
        }
        return letters == 0 || column - 1 > MAX_COLUMN ? -1 : column - 1;
    }

    /** The 1-based row, or -1 when the reference has no readable row. */
    static int row(String ref) {
        if (ref == null) {
            return -1;
        }
        long row = 0;
        int digits = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch >= '0' && ch <= '9') {
                row = row * 10 + (ch - '0');
                if (++digits > 7) {
                    return -1;
                }
            } else if (digits > 0) {
                return -1;
            }
        }
        return digits == 0 || row < 1 || row > MAX_ROW ? -1 : (int) row;
    }
}
