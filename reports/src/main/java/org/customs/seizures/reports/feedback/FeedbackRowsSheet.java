package org.customs.seizures.reports.feedback;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * One sheet of the sender's return, cut down to its header row and its offending rows: a first
 * column with the row's own number, the sender's cells as displayed (the offending ones filled red
 * for a rejected row, amber for a warning), and the reasons in a last column.
 */
final class FeedbackRowsSheet {

    /** Rows above the first listed row: the note and the header. */
    static final int HEADER_ROW_INDEX = 1;

    private static final int MIN_WIDTH = 6;
    private static final int MAX_WIDTH = 40;
    private static final int REASON_WIDTH = 90;

    private final FeedbackStyles styles;
    private final SafeCellText safe;
    private final FeedbackTexts texts;

    FeedbackRowsSheet(FeedbackStyles styles, SafeCellText safe, FeedbackTexts texts) {
        this.styles = styles;
        this.safe = safe;
        this.texts = texts;
    }

    void write(XSSFWorkbook workbook, String sheetName, FeedbackSheet listed) {
        XSSFSheet sheet = workbook.createSheet(sheetName);
        int width = listed.width();
        int reasonColumn = width + 1;
        List<Integer> widths = new ArrayList<>();
        for (int i = 0; i <= width; i++) {
            widths.add(MIN_WIDTH);
        }

        String note = listed.headerRowNumber() == null
                ? texts.label("sheet.note.noheader", "sheet", listed.name())
                : texts.label("sheet.note", "sheet", listed.name(), "header", listed.headerRowNumber().toString());
        text(sheet.createRow(0).createCell(0), note, styles.text);

        Row header = sheet.createRow(HEADER_ROW_INDEX);
        text(header.createCell(0), texts.label("column.row"), styles.header);
        for (int column = 0; column < listed.headerCells().size(); column++) {
            String value = listed.headerCells().get(column);
            text(header.createCell(column + 1), value, styles.header);
            widen(widths, column + 1, value);
        }
        text(header.createCell(reasonColumn), texts.label("column.reason"), styles.header);

        int next = HEADER_ROW_INDEX + 1;
        for (FeedbackRow offending : listed.rows()) {
            boolean rejected = offending.rejected();
            Row row = sheet.createRow(next++);
            Cell number = row.createCell(0);
            number.setCellStyle(rejected ? styles.rejectedRowNumber : styles.warningRowNumber);
            number.setCellValue(offending.rowNumber());
            for (int column = 0; column < offending.cells().size(); column++) {
                String value = offending.cells().get(column);
                boolean marked = offending.offendingColumns().contains(column);
                if (value == null && !marked) {
                    continue;
                }
                CellStyle style = !marked ? styles.text : rejected ? styles.rejectedCell : styles.warningCell;
                text(row.createCell(column + 1), value, style);
                widen(widths, column + 1, value);
            }
            for (int column : offending.offendingColumns()) {
                if (column >= offending.cells().size()) {
                    row.createCell(column + 1).setCellStyle(rejected ? styles.rejectedCell : styles.warningCell);
                }
            }
            List<String> reasons = new ArrayList<>();
            for (FeedbackIssue issue : offending.issues()) {
                reasons.add(texts.rowReason(issue));
            }
            text(row.createCell(reasonColumn), String.join("\n", reasons),
                    rejected ? styles.rejectedReason : styles.warningReason);
        }

        for (int column = 0; column < widths.size(); column++) {
            sheet.setColumnWidth(column, 256 * widths.get(column));
        }
        sheet.setColumnWidth(reasonColumn, 256 * REASON_WIDTH);
        sheet.createFreezePane(1, HEADER_ROW_INDEX + 1);
    }

    private static void widen(List<Integer> widths, int column, String value) {
        if (value != null && column < widths.size()) {
            int longestLine = 0;
            for (String line : value.split("\n")) {
                longestLine = Math.max(longestLine, line.length());
            }
            widths.set(column, Math.max(widths.get(column), Math.min(MAX_WIDTH, longestLine + 2)));
        }
    }

    private void text(Cell cell, String value, CellStyle style) {
        cell.setCellStyle(style);
        safe.write(cell, value);
    }
}
