package org.customs.seizures.reports.yoy;

/** The {@code comparable} flag in plain words. */
final class Comparability {

    static final String NOT_COMPARABLE = "not comparable: different countries reported";
    static final String COMPARABLE = "comparable: the same countries reported in both months";

    private Comparability() {
    }

    /** The sentence of the Summary sheet. */
    static String sentence(Boolean comparable) {
        if (comparable == null) {
            return SheetCells.NOT_AVAILABLE;
        }
        return comparable ? COMPARABLE : NOT_COMPARABLE;
    }

    /** The short answer of a table column headed "Same countries both years". */
    static String answer(Boolean comparable) {
        if (comparable == null) {
            return SheetCells.NOT_AVAILABLE;
        }
        return comparable ? "yes" : "no";
    }
}
