package org.customs.seizures.reports.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * A sheet of operation results: title and note rows, a frozen heading row with an autofilter, then one
 * row per {@link OperationResult} (operation, country, domain, category, cases, lines, the three measures,
 * reporting countries, first and last seizure). Every text goes through {@link SafeCellText}.
 */
public final class OperationResultsSheet {

    private static final int MAX_TEXT_WIDTH = 50;

    private record Column(String heading, Function<OperationResult, Object> value, CellStyle style) {
    }

    private final Workbook workbook;
    private final SafeCellText safeText;
    private final CellStyle title;
    private final CellStyle note;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle count;
    private final CellStyle quantity;
    private final CellStyle date;

    public OperationResultsSheet(Workbook workbook, SafeCellText safeText) {
        this.workbook = workbook;
        this.safeText = safeText;
        DataFormat formats = workbook.createDataFormat();
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font italic = workbook.createFont();
        italic.setItalic(true);
        title = workbook.createCellStyle();
        title.setFont(big);
        note = workbook.createCellStyle();
        note.setFont(italic);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        text = workbook.createCellStyle();
        count = workbook.createCellStyle();
        count.setDataFormat(formats.getFormat("#,##0"));
        quantity = workbook.createCellStyle();
        quantity.setDataFormat(formats.getFormat("#,##0.0"));
        date = workbook.createCellStyle();
        date.setDataFormat(formats.getFormat("yyyy-mm-dd"));
    }

    /**
     * Writes the sheet; returns it. {@code withOperation} adds the operation's code and name as the first
     * columns (for a sheet that lists several operations).
     */
    public Sheet write(String name, String heading, List<String> notes, List<OperationResult> rows, boolean withOperation) {
        Sheet sheet = workbook.createSheet(name);
        int index = 0;
        cell(row(sheet, index++), 0, heading, title);
        for (String line : notes) {
            cell(row(sheet, index++), 0, line, note);
        }
        index++;
        List<Column> columns = columns(withOperation);
        int headingRow = index;
        Row headings = row(sheet, index++);
        for (int c = 0; c < columns.size(); c++) {
            cell(headings, c, columns.get(c).heading(), header);
        }
        for (OperationResult result : rows) {
            Row row = row(sheet, index++);
            for (int c = 0; c < columns.size(); c++) {
                cell(row, c, columns.get(c).value().apply(result), columns.get(c).style());
            }
        }
        if (rows.isEmpty()) {
            cell(row(sheet, index), 0, "No seizures recorded for an operation here.", text);
        }
        int keys = withOperation ? 6 : 4;
        sheet.setAutoFilter(new CellRangeAddress(headingRow, Math.max(headingRow, index - 1), 0, columns.size() - 1));
        sheet.createFreezePane(keys, headingRow + 1);
        for (int c = 0; c < columns.size(); c++) {
            int longest = columns.get(c).heading().length();
            if (c < keys) {
                for (OperationResult result : rows) {
                    Object value = columns.get(c).value().apply(result);
                    longest = Math.max(longest, value == null ? 0 : value.toString().length());
                }
            }
            sheet.setColumnWidth(c, (Math.min(Math.max(longest, 10), MAX_TEXT_WIDTH) + 2) * 256);
        }
        return sheet;
    }

    private List<Column> columns(boolean withOperation) {
        List<Column> columns = new ArrayList<>();
        if (withOperation) {
            columns.add(new Column("Operation code", OperationResult::operationCode, text));
            columns.add(new Column("Operation", OperationResult::operationLabel, text));
        }
        columns.add(new Column("Country code", OperationResult::reportingIso3, text));
        columns.add(new Column("Country", OperationResult::countryLabel, text));
        columns.add(new Column("Domain", r -> OperationResult.ALL.equals(r.domain()) ? "All domains" : r.domain(), text));
        columns.add(new Column("Category", r -> OperationResult.ALL.equals(r.commodityCategory()) ? "All categories"
                : r.commodityCategory(), text));
        columns.add(new Column("Cases", r -> (double) r.cases(), count));
        columns.add(new Column("Lines", r -> (double) r.lines(), count));
        columns.add(new Column("Mass (kg)", OperationResult::massKg, quantity));
        columns.add(new Column("Volume (m³)", OperationResult::volumeM3, quantity));
        columns.add(new Column("Items", OperationResult::items, quantity));
        columns.add(new Column("Reporting countries", r -> (double) r.reportingCountries(), count));
        columns.add(new Column("First seizure", OperationResult::firstSeizureDate, date));
        columns.add(new Column("Last seizure", OperationResult::lastSeizureDate, date));
        return columns;
    }

    private void cell(Row row, int column, Object value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value instanceof Double number) {
            cell.setCellValue(number);
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
        } else {
            safeText.write(cell, value == null ? null : value.toString());
        }
    }

    private static Row row(Sheet sheet, int index) {
        Row row = sheet.getRow(index);
        return row != null ? row : sheet.createRow(index);
    }
}
