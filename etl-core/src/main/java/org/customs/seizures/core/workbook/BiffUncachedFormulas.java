package org.customs.seizures.core.workbook;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.ss.usermodel.CellType;

/**
 * The formula cells of an .xls sheet saved without a computed result. BIFF8 always stores a
 * result, so a tool that does not calculate writes 0 and flags the formula "calculate on load"
 * (Excel itself never sets that flag); such a cell's 0 is no value, and the formula is evaluated.
 */
final class BiffUncachedFormulas {

    private final Set<Long> cells;

    private BiffUncachedFormulas(Set<Long> cells) {
        this.cells = cells;
    }

    static BiffUncachedFormulas of(HSSFSheet sheet) {
        Set<Long> cells = new HashSet<>();
        Iterator<CellValueRecordInterface> records = sheet.getSheet().getCellValueIterator();
        while (records.hasNext()) {
            if (records.next() instanceof FormulaRecordAggregate aggregate) {
                FormulaRecord formula = aggregate.getFormulaRecord();
                if (formula.isCalcOnLoad() && formula.getCachedResultTypeEnum() == CellType.NUMERIC
                        && formula.getValue() == 0) {
                    cells.add(key(aggregate.getRow(), aggregate.getColumn()));
                }
            }
        }
        return new BiffUncachedFormulas(cells);
    }

    /** True when the cell (0-based row and column) holds a formula without a computed result. */
    boolean contains(int row, int column) {
        return !cells.isEmpty() && cells.contains(key(row, column));
    }

    private static long key(int row, int column) {
        return ((long) row << 16) | (column & 0xFFFF);
    }
}
