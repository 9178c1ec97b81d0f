package org.customs.seizures.reports.yoy;

import java.util.List;

/**
 * The headline sentences and the key table of a month's statistics as Markdown, for a press note or a
 * ticket: the headlines as a list, then the total, the domains and the categories with this month, the
 * same month a year earlier and the change, and the year to date likewise, for each measure.
 */
public final class YearOnYearMarkdown {

    /** The Markdown text (lines end with \n). Text from the warehouse has its Markdown table bars escaped. */
    public String of(MonthlyStatistics stats) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(YearOnYearWorkbook.title(stats.month())).append("\n\n");
        for (String headline : Headlines.of(stats)) {
            md.append("- ").append(headline).append('\n');
        }
        md.append('\n').append(SummarySheet.vintage(stats)).append('\n');
        if (stats.isEmpty()) {
            return md.toString();
        }
        md.append('\n').append(ComparisonHeadings.sentence(stats.month())).append("\n\n");
        List<String> headings = ComparisonHeadings.of(stats.month());
        md.append("| Domain | Category | Measure | ").append(String.join(" | ", headings)).append(" |\n");
        md.append("|---|---|---|").append("---:|".repeat(headings.size())).append('\n');
        for (StatisticsTable table : List.of(StatisticsTable.TOTAL, StatisticsTable.DOMAIN, StatisticsTable.CATEGORY)) {
            for (StatisticsRow row : stats.rows(table)) {
                for (Measure measure : Measure.values()) {
                    Comparison figure = row.figure(measure);
                    if (!measure.isCount() && zero(figure.yearToDate()) && zero(figure.yearToDatePrevious())) {
                        continue;
                    }
                    md.append("| ").append(cell(label(row.domain(), "All domains")))
                            .append(" | ").append(cell(label(row.commodityCategory(), "All categories")))
                            .append(" | ").append(measure.label())
                            .append(" | ").append(number(figure.month(), measure))
                            .append(" | ").append(number(figure.previous(), measure))
                            .append(" | ").append(percent(figure.changePct()))
                            .append(" | ").append(number(figure.yearToDate(), measure))
                            .append(" | ").append(number(figure.yearToDatePrevious(), measure))
                            .append(" | ").append(percent(figure.yearToDateChangePct()))
                            .append(" |\n");
                }
            }
        }
        md.append('\n').append(YearOnYearWorkbook.NOTE).append('\n');
        return md.toString();
    }

    private static boolean zero(Double value) {
        return value == null || value == 0;
    }

    private static String label(String value, String all) {
        return StatisticsRow.ALL.equals(value) ? all : value;
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }

    private static String number(Double value, Measure measure) {
        if (value == null) {
            return "";
        }
        return measure.isCount() ? Headlines.whole(value) : Headlines.quantity(value);
    }

    private static String percent(Double value) {
        return value == null ? SheetCells.NOT_AVAILABLE : String.format(java.util.Locale.ENGLISH, "%+.1f%%", value);
    }
}
