package org.customs.seizures.reports.feedback;

import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * The first sheet of a feedback workbook: the file, what happened to its rows, why it was not loaded
 * (when it was not), remarks that belong to no row, and what to do.
 */
final class FeedbackSummarySheet {

    private static final DateTimeFormatter RECEIVED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final FeedbackStyles styles;
    private final SafeCellText safe;
    private final FeedbackTexts texts;
    private XSSFSheet sheet;
    private int next;

    FeedbackSummarySheet(FeedbackStyles styles, SafeCellText safe, FeedbackTexts texts) {
        this.styles = styles;
        this.safe = safe;
        this.texts = texts;
    }

    void write(XSSFWorkbook workbook, String sheetName, FeedbackReport report) {
        sheet = workbook.createSheet(sheetName);
        next = 0;
        text(sheet.createRow(next++).createCell(0), texts.label("title"), styles.title);
        next++;
        line("file", report.fileName());
        line("received", report.receivedAt() == null ? null : RECEIVED.format(report.receivedAt()));
        line("status", texts.sentence(status(report)));
        FeedbackCounts counts = report.counts();
        count("rows.read", counts.read());
        count("lines.loaded", counts.loaded());
        count("lines.rejected", counts.rejected());
        count("rows.skipped", counts.skipped());
        count("warnings", counts.warnings());
        next++;
        if (report.fileProblem() != null) {
            line("why", texts.fileReason(report.fileProblem()));
        }
        String heading = "remarks";
        for (FeedbackIssue issue : report.fileIssues()) {
            line(heading, texts.remark(issue));
            heading = null;
        }
        heading = "sheets";
        for (FeedbackSheet listed : report.sheets()) {
            line(heading, texts.label("sheet.rows", "sheet", listed.name(), "rows",
                    Integer.toString(listed.rows().size())));
            heading = null;
        }
        next++;
        line("todo", texts.sentence(todo(report)));
        if (!report.sheets().isEmpty()) {
            legend(styles.rejectedCell, texts.sentence("legend.rejected"));
            legend(styles.warningCell, texts.sentence("legend.warning"));
        }
        int languages = report.languages().size();
        sheet.setColumnWidth(0, 256 * Math.min(34 * languages, 90));
        sheet.setColumnWidth(1, 256 * 100);
    }

    private static String status(FeedbackReport report) {
        if (report.fileRejected()) {
            return "status.rejected";
        }
        return report.counts().rejected() > 0 ? "status.loaded" : "status.warnings";
    }

    private static String todo(FeedbackReport report) {
        if (report.fileRejected()) {
            return "todo.file";
        }
        return report.counts().rejected() > 0 ? "todo.rows" : "todo.warnings";
    }

    private void line(String labelKey, String value) {
        Row row = sheet.createRow(next++);
        if (labelKey != null) {
            text(row.createCell(0), texts.label(labelKey), styles.label);
        }
        text(row.createCell(1), value, styles.wrapped);
    }

    private void count(String labelKey, int value) {
        Row row = sheet.createRow(next++);
        text(row.createCell(0), texts.label(labelKey), styles.label);
        Cell cell = row.createCell(1);
        cell.setCellStyle(styles.count);
        cell.setCellValue(value);
    }

    private void legend(CellStyle fill, String text) {
        Row row = sheet.createRow(next++);
        row.createCell(0).setCellStyle(fill);
        text(row.createCell(1), text, styles.wrapped);
    }

    private void text(Cell cell, String value, CellStyle style) {
        cell.setCellStyle(style);
        safe.write(cell, value);
    }
}
