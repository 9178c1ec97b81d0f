package org.customs.seizures.reports.yoy;

import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The {@code Summary} sheet: the total of the month against the same month a year earlier,
 * and the year to date against the year to date a year earlier, one measure a row.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    static final int HEADER_ROW = 2;
    static final String HEADLINES = "Headlines";
    private static final double KG_PER_TONNE = 1000.0;

    private final SheetCells cells;

    SummarySheet(SheetCells cells) {
        this.cells = cells;
    }

    void write(Workbook workbook, MonthlyStatistics stats) {
        Sheet sheet = workbook.createSheet(NAME);
        WorkbookStyles styles = cells.styles();
        cells.text(cells.row(sheet, 0), 0, YearOnYearWorkbook.title(stats.month()), styles.title);
        cells.text(cells.row(sheet, 1), 0, ComparisonHeadings.sentence(stats.month()), styles.subtitle);

        int next;
        if (stats.total().isEmpty()) {
            cells.text(cells.row(sheet, HEADER_ROW), 0, YearOnYearWorkbook.noData(stats.month()), styles.header);
            next = HEADER_ROW + 2;
        } else {
            next = table(sheet, stats.total().get(), stats) + 1;
        }
        cells.text(cells.row(sheet, next), 0, YearOnYearWorkbook.NOTE, styles.note);
        next += 2;
        cells.text(cells.row(sheet, next++), 0, HEADLINES, styles.header);
        for (String headline : Headlines.of(stats)) {
            boolean flagged = headline.contains(Headlines.NOT_COMPARABLE);
            cells.text(cells.row(sheet, next++), 0, headline, flagged ? styles.warning : styles.text);
        }
        next++;
        cells.text(cells.row(sheet, next), 0, vintage(stats), styles.note);

        sheet.createFreezePane(1, HEADER_ROW + 1);
        sheet.setColumnWidth(0, 24 * 256);
        for (int column = 1; column <= ComparisonHeadings.WIDTH; column++) {
            sheet.setColumnWidth(column, 15 * 256);
        }
    }

    /** Writes the header and the rows of the total; returns the index of the row after them. */
    private int table(Sheet sheet, StatisticsRow total, MonthlyStatistics stats) {
        WorkbookStyles styles = cells.styles();
        Row header = cells.row(sheet, HEADER_ROW);
        cells.text(header, 0, "Measure", styles.header);
        List<String> headings = ComparisonHeadings.of(stats.month());
        for (int i = 0; i < headings.size(); i++) {
            cells.text(header, i + 1, headings.get(i), styles.header);
        }

        int index = HEADER_ROW + 1;
        for (Measure measure : Measure.values()) {
            Row row = cells.row(sheet, index++);
            cells.text(row, 0, measure.label(), styles.text);
            cells.comparison(row, 1, total.figure(measure), styles.of(measure));
            if (measure == Measure.MASS_KG) {
                Row tonnes = cells.row(sheet, index++);
                cells.text(tonnes, 0, "Mass (tonnes)", styles.text);
                cells.comparison(tonnes, 1, total.figure(measure).dividedBy(KG_PER_TONNE), styles.tonnes);
            }
        }

        Row countries = cells.row(sheet, index++);
        cells.text(countries, 0, "Reporting countries", styles.text);
        cells.number(countries, 1, asDouble(total.reportingCountries()), styles.count);
        cells.number(countries, 2, asDouble(total.reportingCountriesPrevious()), styles.count);

        Row comparability = cells.row(sheet, index++);
        cells.text(comparability, 0, "Comparability", styles.text);
        cells.text(comparability, 1, Comparability.sentence(total.comparable()), styles.text);
        return index;
    }

    static String vintage(MonthlyStatistics stats) {
        return stats.asOf() == null
                ? "Figures as they stand on writing: every return received so far, in its current version."
                : "Figures as they stood on " + stats.asOf().toLocalDate()
                        + ": only the returns received by then, in the versions current then.";
    }

    static Double asDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
