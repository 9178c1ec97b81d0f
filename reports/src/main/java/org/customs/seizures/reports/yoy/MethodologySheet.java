package org.customs.seizures.reports.yoy;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/** The {@code Methodology} sheet: what the figures mean, how they are counted, and which vintage they are. */
final class MethodologySheet {

    static final String NAME = "Methodology";

    private final SheetCells cells;

    MethodologySheet(SheetCells cells) {
        this.cells = cells;
    }

    void write(Workbook workbook, MonthlyStatistics stats) {
        Sheet sheet = workbook.createSheet(NAME);
        WorkbookStyles styles = cells.styles();
        cells.text(cells.row(sheet, 0), 0, "Methodology", styles.title);
        cells.text(cells.row(sheet, 1), 0, YearOnYearWorkbook.NOTE, styles.note);
        int index = 3;
        for (String[] entry : entries(stats)) {
            cells.text(cells.row(sheet, index), 0, entry[0], styles.header);
            cells.text(cells.row(sheet, index), 1, entry[1], styles.wrapped);
            index++;
        }
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 110 * 256);
        sheet.createFreezePane(0, 3);
    }

    static List<String[]> entries(MonthlyStatistics stats) {
        List<String[]> entries = new ArrayList<>();
        entries.add(new String[] {"Source", "Monthly seizure returns sent by the member states' customs "
                + "administrations, one line per commodity of each seizure case, read into the warehouse "
                + "(views v_monthly_yoy, v_operation_results)."});
        entries.add(new String[] {"Month", "The month of the seizure date, not the month the return covers or "
                + "the month it arrived."});
        entries.add(new String[] {"Cases", "Distinct seizure cases: a reporting country and its case reference. "
                + "A case with lines in several categories counts once in each category and once in the total, "
                + "so category (and domain) counts do not add up to the total. The year to date counts each case "
                + "once, even when its lines fall in several months."});
        entries.add(new String[] {"Lines", "Commodity lines of the cases: lines add up across categories."});
        entries.add(new String[] {"Measures", "Mass (kg), volume (m³) and items are the sums of the lines' own "
                + "measures, each converted to its base unit; a line has exactly one. Measures are never added "
                + "to one another. Figures are rounded to 6 decimals."});
        entries.add(new String[] {"Change %", "100 × (this period − same period a year earlier) ÷ the year "
                + "earlier, rounded to 1 decimal. \"n/a\" when the year earlier is 0: there is no baseline."});
        entries.add(new String[] {"Coverage", "A country reports for a month when its return for that month "
                + "arrived, including a nil return (no seizures). A country without a return is not reporting: "
                + "its seizures are unknown, not zero. \"Comparable\" means the same countries reported in both "
                + "periods; figures that are not comparable partly measure a change in coverage, and the "
                + "headlines say so."});
        entries.add(new String[] {"Revisions", "A country may resend a return: the latest version replaces the "
                + "earlier one, so published figures can change. Each edition states its vintage; the "
                + "statistics as they stood on any date can be reproduced exactly (seizures stats --as-of, "
                + "or the SQL table macro monthly_yoy_as_of)."});
        entries.add(new String[] {"Vintage", stats.asOf() == null
                ? "Every return received when this file was written, in its current version."
                : "As they stood on " + stats.asOf().toLocalDate() + ": only the returns received by the end of "
                        + "that day, in the versions current then."});
        entries.add(new String[] {"Operations", "Joint enforcement operations: the lines that name the "
                + "operation, from operation returns or regular returns. Operation totals are also part of the "
                + "monthly figures."});
        return entries;
    }
}
