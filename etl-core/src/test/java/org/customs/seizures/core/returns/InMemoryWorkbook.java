package org.customs.seizures.core.returns;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookSource;

/** A {@link WorkbookSource} held in memory, built sheet by sheet from rows of values. */
final class InMemoryWorkbook implements WorkbookSource {

    private final Map<SheetRef, List<RawRow>> sheets = new LinkedHashMap<>();
    private boolean uses1904Dates;

    static InMemoryWorkbook create() {
        return new InMemoryWorkbook();
    }

    InMemoryWorkbook with1904Dates() {
        uses1904Dates = true;
        return this;
    }

    InMemoryWorkbook sheet(String name, RawRow... rows) {
        sheets.put(new SheetRef(sheets.size(), name, false), List.of(rows));
        return this;
    }

    InMemoryWorkbook hiddenSheet(String name, RawRow... rows) {
        sheets.put(new SheetRef(sheets.size(), name, true), List.of(rows));
        return this;
    }

    /**
     * A row of cells from column A onwards: a String is a text cell, a Number a number cell, a
     * LocalDate a date cell, a RawCell itself, and null an empty cell.
     */
    static RawRow row(int rowNumber, Object... values) {
        List<RawCell> cells = new ArrayList<>();
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value == null) {
                continue;
            }
            cells.add(cell(column, value));
        }
        return new RawRow(rowNumber, cells);
    }

    private static RawCell cell(int column, Object value) {
        if (value instanceof String text) {
            return RawCell.text(column, text);
        }
        if (value instanceof Number number) {
            return RawCell.number(column, number.doubleValue());
        }
        if (value instanceof LocalDate date) {
            return RawCell.date(column, serial(date), date.atStartOfDay());
        }
        if (value instanceof RawCell cell) {
            return cell;
        }
        throw new IllegalArgumentException("No cell for " + value);
    }

    private static double serial(LocalDate date) {
        return date.toEpochDay() - LocalDate.of(1899, 12, 30).toEpochDay();
    }

    @Override
    public List<SheetRef> sheets() {
        return List.copyOf(sheets.keySet());
    }

    @Override
    public boolean uses1904Dates() {
        return uses1904Dates;
    }

    @Override
    public void readRows(SheetRef sheet, Consumer<RawRow> rows) {
        sheets.getOrDefault(sheet, List.of()).forEach(rows);
    }

    @Override
    public void close() {
    }
}
