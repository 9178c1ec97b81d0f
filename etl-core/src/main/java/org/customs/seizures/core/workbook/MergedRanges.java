package org.customs.seizures.core.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The merged ranges of one sheet, ordered by their first row. */
final class MergedRanges {

    static final MergedRanges NONE = new MergedRanges(List.of());

    private final List<MergedRange> byFirstRow;

    MergedRanges(List<MergedRange> ranges) {
        List<MergedRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingInt(MergedRange::firstRow).thenComparingInt(MergedRange::firstColumn));
        this.byFirstRow = List.copyOf(sorted);
    }

    boolean isEmpty() {
        return byFirstRow.isEmpty();
    }

    int size() {
        return byFirstRow.size();
    }

    MergedRange get(int index) {
        return byFirstRow.get(index);
    }
}
