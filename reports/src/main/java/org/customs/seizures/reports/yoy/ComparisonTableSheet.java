package org.customs.seizures.reports.yoy;

import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A table sheet ({@code By domain}, {@code By category}, {@code By country}): key columns,
 * then the six comparison columns of each measure, then the reporting countries. Its header
 * rows are frozen and carry an autofilter.
 */
final class ComparisonTableSheet {

    /** A column that names the row (domain, category, country...). */
    record KeyColumn(String heading, Function<StatisticsRow, String> value) {
    }

    static final int GROUP_ROW = 3;
    static final int HEADING_ROW = 4;
    static final int FIRST_DATA_ROW = 5;
    private static final int NUMBER_WIDTH = 14 * 256;
    private static final int MAX_KEY_WIDTH = 50;

    private final SheetCells cells;
    private final String name;
    private final String title;
    private final List<KeyColumn> keys;

    ComparisonTableSheet(SheetCells cells, String name, String title, List<KeyColumn> keys) {
        this.cells = cells;
        this.name = name;
        this.title = title;
        this.keys = List.copyOf(keys);
    }

    void write(Workbook workbook, MonthlyStatistics stats, List<StatisticsRow> rows) {
        Sheet sheet = workbook.createSheet(name);
        WorkbookStyles styles = cells.styles();
        cells.text(cells.row(sheet, 0), 0, title + " — " + MonthNames.monthAndYear(stats.month()), styles.title);
        cells.text(cells.row(sheet, 1), 0, ComparisonHeadings.sentence(stats.month()), styles.subtitle);
        cells.text(cells.row(sheet, 2), 0, YearOnYearWorkbook.NOTE, styles.note);
        int lastColumn = headers(sheet, stats);

        int index = FIRST_DATA_ROW;
        for (StatisticsRow statistics : rows) {
            Row row = cells.row(sheet, index++);
            int column = 0;
            for (KeyColumn key : keys) {
                cells.text(row, column++, key.value().apply(statistics), styles.text);
            }
            for (Measure measure : Measure.values()) {
                cells.comparison(row, column, statistics.figure(measure), styles.of(measure));
                column += ComparisonHeadings.WIDTH;
            }
            cells.number(row, column++, SummarySheet.asDouble(statistics.reportingCountries()), styles.count);
            cells.number(row, column++, SummarySheet.asDouble(statistics.reportingCountriesPrevious()), styles.count);
            cells.text(row, column, Comparability.answer(statistics.comparable()), styles.text);
        }
        if (rows.isEmpty()) {
            cells.text(cells.row(sheet, FIRST_DATA_ROW), 0, YearOnYearWorkbook.noData(stats.month()), styles.text);
        }

        int lastRow = Math.max(HEADING_ROW, FIRST_DATA_ROW + rows.size() - 1);
        sheet.setAutoFilter(new CellRangeAddress(HEADING_ROW, lastRow, 0, lastColumn));
        sheet.createFreezePane(keys.size(), FIRST_DATA_ROW);
        widths(sheet, rows, lastColumn);
    }

    /** Writes the two header rows; returns the index of the last column. */
    private int headers(Sheet sheet, MonthlyStatistics stats) {
        WorkbookStyles styles = cells.styles();
        Row group = cells.row(sheet, GROUP_ROW);
        Row heading = cells.row(sheet, HEADING_ROW);
        int column = 0;
        for (KeyColumn key : keys) {
            cells.text(heading, column++, key.heading(), styles.header);
        }
        List<String> headings = ComparisonHeadings.of(stats.month());
        for (Measure measure : Measure.values()) {
            cells.text(group, column, measure.label(), styles.groupHeader);
            sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, column, column + ComparisonHeadings.WIDTH - 1));
            for (String text : headings) {
                cells.text(heading, column++, text, styles.header);
            }
        }
        cells.text(group, column, "Reporting countries", styles.groupHeader);
        sheet.addMergedRegion(new CellRangeAddress(GROUP_ROW, GROUP_ROW, column, column + 2));
        cells.text(heading, column++, MonthNames.monthAndYear(stats.month()), styles.header);
        cells.text(heading, column++, MonthNames.monthAndYear(stats.month().minusYears(1)), styles.header);
        cells.text(heading, column, "Same countries both years", styles.header);
        return column;
    }

    private void widths(Sheet sheet, List<StatisticsRow> rows, int lastColumn) {
        for (int i = 0; i < keys.size(); i++) {
            KeyColumn key = keys.get(i);
            int longest = key.heading().length();
            for (StatisticsRow row : rows) {
                String value = key.value().apply(row);
                longest = Math.max(longest, value == null ? 0 : value.length());
            }
            sheet.setColumnWidth(i, (Math.min(longest, MAX_KEY_WIDTH) + 2) * 256);
        }
        for (int column = keys.size(); column <= lastColumn; column++) {
            sheet.setColumnWidth(column, NUMBER_WIDTH);
        }
    }
}
