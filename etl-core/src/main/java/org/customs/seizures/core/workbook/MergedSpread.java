package org.customs.seizures.core.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the stored rows of one sheet, fed in order, into the rows the reader hands over: the
 * top-left value of each merged range is spread over the rest of the range, also into rows that
 * have no stored cell at all, and rows that end up with no cell are not handed over.
 */
final class MergedSpread {

    private static final Comparator<RawCell> BY_COLUMN = Comparator.comparingInt(RawCell::column);

    private final MergedRanges ranges;
    private final Consumer<RawRow> rows;
    private final List<Active> active = new ArrayList<>();
    private int nextRange;
    private int lastRow;

    MergedSpread(MergedRanges ranges, Consumer<RawRow> rows) {
        this.ranges = ranges;
        this.rows = rows;
    }

    /** One stored row; {@code stored} may be empty and is not kept. */
    void row(int rowNumber, List<RawCell> stored) {
        if (ranges.isEmpty()) {
            if (!stored.isEmpty()) {
                emit(rowNumber, stored);
            }
            return;
        }
        if (rowNumber <= lastRow) {
            // rows out of order: no spreading, but nothing stored is lost
            if (!stored.isEmpty()) {
                emit(rowNumber, stored);
            }
            return;
        }
        spreadGapRows(rowNumber - 1);
        enter(rowNumber);
        for (Active a : active) {
            if (a.range.firstRow() == rowNumber) {
                for (RawCell cell : stored) {
                    if (cell.column() == a.range.firstColumn()) {
                        a.value = cell;
                    }
                }
            }
        }
        List<RawCell> cells = withSpread(rowNumber, stored);
        if (!cells.isEmpty()) {
            emit(rowNumber, cells);
        }
    }

    /** Called once after the last stored row: spreads merged values into the rows below it. */
    void finish() {
        spreadGapRows(Integer.MAX_VALUE - 1);
    }

    private void spreadGapRows(int upToRow) {
        while (true) {
            int last = lastValuedRow();
            int next = lastRow + 1;
            if (last < next || next > upToRow) {
                return;
            }
            enter(next);
            List<RawCell> cells = withSpread(next, List.of());
            if (!cells.isEmpty()) {
                emit(next, cells);
            }
        }
    }

    private int lastValuedRow() {
        int last = 0;
        for (Active a : active) {
            if (a.value != null) {
                last = Math.max(last, a.range.lastRow());
            }
        }
        return last;
    }

    private void enter(int rowNumber) {
        lastRow = rowNumber;
        active.removeIf(a -> a.range.lastRow() < rowNumber);
        while (nextRange < ranges.size() && ranges.get(nextRange).firstRow() <= rowNumber) {
            MergedRange range = ranges.get(nextRange++);
            if (range.lastRow() >= rowNumber) {
                active.add(new Active(range));
            }
        }
    }

    private List<RawCell> withSpread(int rowNumber, List<RawCell> stored) {
        List<RawCell> cells = new ArrayList<>(stored);
        boolean spread = false;
        for (Active a : active) {
            if (a.value == null) {
                continue;
            }
            MergedRange r = a.range;
            cells.removeIf(c -> c.column() >= r.firstColumn() && c.column() <= r.lastColumn()
                    && !r.isTopLeft(rowNumber, c.column()));
            for (int column = r.firstColumn(); column <= r.lastColumn(); column++) {
                if (!r.isTopLeft(rowNumber, column)) {
                    cells.add(a.value.spreadTo(column));
                    spread = true;
                }
            }
        }
        if (spread) {
            cells.sort(BY_COLUMN);
        }
        return cells;
    }

    private void emit(int rowNumber, List<RawCell> cells) {
        if (inStrictColumnOrder(cells)) {
            rows.accept(new RawRow(rowNumber, List.copyOf(cells)));   // as files store them: nothing to sort or drop
            return;
        }
        List<RawCell> ordered = new ArrayList<>(cells);
        ordered.sort(BY_COLUMN);
        // a damaged file may store one column twice: the later cell wins, as in Excel
        for (int i = ordered.size() - 2; i >= 0; i--) {
            if (ordered.get(i).column() == ordered.get(i + 1).column()) {
                ordered.remove(i);
            }
        }
        rows.accept(new RawRow(rowNumber, List.copyOf(ordered)));
    }

    private static boolean inStrictColumnOrder(List<RawCell> cells) {
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i - 1).column() >= cells.get(i).column()) {
                return false;
            }
        }
        return true;
    }

    private static final class Active {
        final MergedRange range;
        RawCell value;

        Active(MergedRange range) {
            this.range = range;
        }
    }
}
