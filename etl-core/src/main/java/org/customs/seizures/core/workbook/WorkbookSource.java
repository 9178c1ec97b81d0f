package org.customs.seizures.core.workbook;

import java.util.List;
import java.util.function.Consumer;

/**
 * The cells of one opened workbook, sheet by sheet, whatever its file format. Implementations
 * stream: memory does not grow with the number of rows. Values of merged ranges are already
 * spread to every cell of the range ({@link RawCell#merged()}), so a case reference merged down
 * over three lines arrives on each of the three rows.
 */
public interface WorkbookSource extends AutoCloseable {

    /** The worksheets (chart sheets excluded), in workbook order. */
    List<SheetRef> sheets();

    /** True when the workbook uses the 1904 date system (serial numbers count from 1904-01-01). */
    boolean uses1904Dates();

    /**
     * Reads one sheet's rows in order, handing each row that has at least one stored cell to
     * {@code rows}. Rows with no stored cell at all (never typed in, or formatted but empty) are
     * not handed over and cost nothing.
     */
    void readRows(SheetRef sheet, Consumer<RawRow> rows) throws WorkbookException;

    @Override
    void close();
}
