package org.customs.seizures.reports.yoy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.reports.operations.OperationResultsSheet;
import org.customs.seizures.reports.safety.AtomicFile;
import org.customs.seizures.reports.safety.SafeCellText;
import org.customs.seizures.reports.yoy.ComparisonTableSheet.KeyColumn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The monthly year-on-year statistics as an {@code .xlsx} workbook: sheets {@code Summary} (with the
 * headline sentences), {@code By domain}, {@code By category}, {@code By country}, {@code By operation},
 * {@code Charts} (this year against last year by month, one line chart per measure) and {@code Methodology}. The file is written
 * atomically: readers see the old file or the whole new one, never half of it.
 */
public final class YearOnYearWorkbook {

    /** The note every sheet carries. */
    public static final String NOTE = "A case with lines in several categories counts once in each category: "
            + "categories do not add up to the total; measures (kg, m³, items) are never added to one another.";

    static final String BY_OPERATION = "By operation";

    private static final Logger log = LoggerFactory.getLogger(YearOnYearWorkbook.class);

    /**
     * Writes the workbook to the target, replacing any file there.
     *
     * @throws UncheckedIOException when the file cannot be written (the target is then left as it was)
     */
    public void write(MonthlyStatistics stats, Path target) {
        try {
            AtomicFile.write(target, out -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    SheetCells cells = new SheetCells(new WorkbookStyles(workbook), new SafeCellText(workbook));
                    new SummarySheet(cells).write(workbook, stats);
                    byDomain(cells).write(workbook, stats, stats.rows(StatisticsTable.DOMAIN));
                    byCategory(cells).write(workbook, stats, stats.rows(StatisticsTable.CATEGORY));
                    byCountry(cells).write(workbook, stats, stats.rows(StatisticsTable.COUNTRY));
                    byOperation(workbook, stats);
                    new ChartSheet(cells).write(workbook, stats);
                    new MethodologySheet(cells).write(workbook, stats);
                    workbook.write(out);
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the statistics workbook " + target + ": "
                    + failure.getMessage(), failure);
        }
        log.info("Wrote the statistics workbook of {} to {} ({} rows)", stats.month(), target, stats.rows().size());
    }

    static String title(YearMonth month) {
        return "Seizure statistics — " + MonthNames.monthAndYear(month);
    }

    static String noData(YearMonth month) {
        return "No data for " + MonthNames.monthAndYear(month) + ": the warehouse has no statistics for this month.";
    }

    private static void byOperation(XSSFWorkbook workbook, MonthlyStatistics stats) {
        List<String> notes = List.of("Joint enforcement operations with seizures in "
                        + MonthNames.yearToDateInFull(stats.month()) + ": each operation's whole results, "
                        + "per reporting country and in total.", NOTE);
        new OperationResultsSheet(workbook, new SafeCellText(workbook))
                .write(BY_OPERATION, "Seizures by operation", notes, stats.operations().rows(), true);
    }

    private static ComparisonTableSheet byDomain(SheetCells cells) {
        return new ComparisonTableSheet(cells, "By domain", "Seizures by domain",
                List.of(new KeyColumn("Domain", StatisticsRow::domain)));
    }

    private static ComparisonTableSheet byCategory(SheetCells cells) {
        return new ComparisonTableSheet(cells, "By category", "Seizures by commodity category",
                List.of(new KeyColumn("Domain", StatisticsRow::domain),
                        new KeyColumn("Category", StatisticsRow::commodityCategory)));
    }

    private static ComparisonTableSheet byCountry(SheetCells cells) {
        return new ComparisonTableSheet(cells, "By country", "Seizures by reporting country",
                List.of(new KeyColumn("Country code", StatisticsRow::reportingIso3),
                        new KeyColumn("Country", StatisticsRow::countryLabel),
                        new KeyColumn("Domain", row -> StatisticsRow.ALL.equals(row.domain()) ? "All domains" : row.domain())));
    }
}
