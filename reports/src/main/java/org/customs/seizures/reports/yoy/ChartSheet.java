package org.customs.seizures.reports.yoy;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The {@code Charts} sheet: a table of the all-countries totals of January to the month, this year and a
 * year earlier, and beside it one line chart per measure (cases, lines, mass, volume, items) with two
 * series, this year and last year, drawn from that table.
 */
final class ChartSheet {

    static final String NAME = "Charts";
    static final int HEADING_ROW = 2;
    private static final int CHART_COLUMN = 12;
    private static final int CHART_HEIGHT = 16;
    private static final int CHART_WIDTH = 9;

    private final SheetCells cells;

    ChartSheet(SheetCells cells) {
        this.cells = cells;
    }

    void write(XSSFWorkbook workbook, MonthlyStatistics stats) {
        XSSFSheet sheet = workbook.createSheet(NAME);
        WorkbookStyles styles = cells.styles();
        YearMonth month = stats.month();
        String thisYear = Integer.toString(month.getYear());
        String lastYear = Integer.toString(month.getYear() - 1);
        cells.text(cells.row(sheet, 0), 0, "All countries, " + MonthNames.yearToDateInFull(month)
                + " against " + MonthNames.yearToDateInFull(month.minusYears(1)) + ", by month", styles.title);
        cells.text(cells.row(sheet, 1), 0, YearOnYearWorkbook.NOTE, styles.note);

        Row heading = cells.row(sheet, HEADING_ROW);
        cells.text(heading, 0, "Month", styles.header);
        int column = 1;
        for (Measure measure : Measure.values()) {
            cells.text(heading, column++, measure.label() + " " + thisYear, styles.header);
            cells.text(heading, column++, measure.label() + " " + lastYear, styles.header);
        }
        List<MonthTotals> points = stats.yearToDate();
        int index = HEADING_ROW + 1;
        for (MonthTotals point : points) {
            Row row = cells.row(sheet, index++);
            cells.text(row, 0, point.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH), styles.text);
            column = 1;
            for (Measure measure : Measure.values()) {
                cells.number(row, column++, point.value(measure), styles.of(measure));
                cells.number(row, column++, point.previous(measure), styles.of(measure));
            }
        }
        sheet.createFreezePane(1, HEADING_ROW + 1);
        sheet.setColumnWidth(0, 10 * 256);
        for (int c = 1; c < column; c++) {
            sheet.setColumnWidth(c, 14 * 256);
        }
        if (points.isEmpty()) {
            cells.text(cells.row(sheet, HEADING_ROW + 1), 0, YearOnYearWorkbook.noData(month), styles.text);
            return;
        }

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        int first = HEADING_ROW + 1;
        int last = HEADING_ROW + points.size();
        XDDFDataSource<String> months = XDDFDataSourcesFactory.fromStringCellRange(sheet,
                new CellRangeAddress(first, last, 0, 0));
        int chartRow = HEADING_ROW;
        column = 1;
        for (Measure measure : Measure.values()) {
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0,
                    CHART_COLUMN, chartRow, CHART_COLUMN + CHART_WIDTH, chartRow + CHART_HEIGHT);
            XSSFChart chart = drawing.createChart(anchor);
            chart.setTitleText(measure.label() + ": " + thisYear + " against " + lastYear);
            chart.setTitleOverlay(false);
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
            XDDFCategoryAxis bottom = chart.createCategoryAxis(AxisPosition.BOTTOM);
            XDDFValueAxis left = chart.createValueAxis(AxisPosition.LEFT);
            left.setCrosses(AxisCrosses.AUTO_ZERO);
            left.setNumberFormat(measure.isCount() ? WorkbookStyles.COUNT_FORMAT : WorkbookStyles.QUANTITY_FORMAT);
            XDDFLineChartData data = (XDDFLineChartData) chart.createData(ChartTypes.LINE, bottom, left);
            series(data, months, sheet, first, last, column, thisYear);
            series(data, months, sheet, first, last, column + 1, lastYear);
            chart.plot(data);
            column += 2;
            chartRow += CHART_HEIGHT + 1;
        }
    }

    private static void series(XDDFLineChartData data, XDDFDataSource<String> months, XSSFSheet sheet, int first,
            int last, int column, String title) {
        XDDFNumericalDataSource<Double> values = XDDFDataSourcesFactory.fromNumericCellRange(sheet,
                new CellRangeAddress(first, last, column, column));
        XDDFLineChartData.Series series = (XDDFLineChartData.Series) data.addSeries(months, values);
        series.setTitle(title, new CellReference(sheet.getSheetName(), HEADING_ROW, column, true, true));
        series.setSmooth(false);
        series.setMarkerStyle(MarkerStyle.CIRCLE);
    }
}
