package org.customs.seizures.reports.yoy;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.customs.seizures.reports.safety.SafeCellText;

/** Writes the cells of the year-on-year workbook: text made safe, numbers formatted, n/a for missing percentages. */
final class SheetCells {

    static final String NOT_AVAILABLE = "n/a";

    private final WorkbookStyles styles;
    private final SafeCellText safeText;

    SheetCells(WorkbookStyles styles, SafeCellText safeText) {
        this.styles = styles;
        this.safeText = safeText;
    }

    WorkbookStyles styles() {
        return styles;
    }

    Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }

    void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        safeText.write(cell, text);
    }

    /** A number in the given style; a null value leaves the cell blank. */
    void number(Row row, int column, Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A percentage as the view gives it (12.5 = 12.5 %); null (baseline 0) reads "n/a". */
    void percent(Row row, int column, Double value) {
        if (value == null) {
            text(row, column, NOT_AVAILABLE, styles.notAvailable);
        } else {
            number(row, column, value, styles.percent);
        }
    }

    /** The six cells of one comparison, from the given column. */
    void comparison(Row row, int column, Comparison comparison, CellStyle valueStyle) {
        number(row, column, comparison.month(), valueStyle);
        number(row, column + 1, comparison.previous(), valueStyle);
        percent(row, column + 2, comparison.changePct());
        number(row, column + 3, comparison.yearToDate(), valueStyle);
        number(row, column + 4, comparison.yearToDatePrevious(), valueStyle);
        percent(row, column + 5, comparison.yearToDateChangePct());
    }
}
