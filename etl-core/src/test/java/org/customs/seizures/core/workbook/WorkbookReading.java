package org.customs.seizures.core.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test shorthand: opens a file with the default limits and reads one sheet's rows. */
final class WorkbookReading {

    private WorkbookReading() {
    }

    static List<RawRow> rowsOf(Path file, String sheetName) throws WorkbookException {
        try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
            SheetRef sheet = source.sheets().stream().filter(s -> s.name().equals(sheetName)).findFirst()
                    .orElseThrow(() -> new AssertionError("no sheet " + sheetName + " in " + source.sheets()));
            List<RawRow> rows = new ArrayList<>();
            source.readRows(sheet, rows::add);
            return rows;
        }
    }

    static RawCell cell(List<RawRow> rows, int rowNumber, int column) {
        return rows.stream().filter(r -> r.rowNumber() == rowNumber).findFirst()
                .flatMap(r -> r.cell(column))
                .orElseThrow(() -> new AssertionError("no cell " + RawCell.columnLetters(column) + rowNumber + " in " + rows));
    }
}
