package org.customs.seizures.core.workbook;

/**
 * A merged range of one sheet.
 *
 * @param firstRow    1-based, as the spreadsheet shows it
 * @param lastRow     1-based, inclusive
 * @param firstColumn 0-based
 * @param lastColumn  0-based, inclusive
 */
record MergedRange(int firstRow, int lastRow, int firstColumn, int lastColumn) {

    /** Parses an A1-style range such as {@code B3:D5}; null for a single cell or anything unreadable. */
    static MergedRange parse(String ref) {
        if (ref == null) {
            return null;
        }
        int colon = ref.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String from = ref.substring(0, colon);
        String to = ref.substring(colon + 1);
        int r1 = A1Reference.row(from);
        int r2 = A1Reference.row(to);
        int c1 = A1Reference.column(from);
        int c2 = A1Reference.column(to);
        if (r1 < 1 || r2 < 1 || c1 < 0 || c2 < 0) {
            return null;
        }
        MergedRange range = new MergedRange(Math.min(r1, r2), Math.max(r1, r2), Math.min(c1, c2), Math.max(c1, c2));
        return range.isSingleCell() ? null : range;
    }

    boolean isSingleCell() {
        return firstRow == lastRow && firstColumn == lastColumn;
    }

    boolean isTopLeft(int row, int column) {
        return row == firstRow && column == firstColumn;
    }
}
