package org.customs.seizures.reports.yoy;

import java.time.YearMonth;
import java.util.List;

/** The six column headings of a comparison, for one report month. */
final class ComparisonHeadings {

    static final int WIDTH = 6;

    private ComparisonHeadings() {
    }

    static List<String> of(YearMonth month) {
        YearMonth yearBefore = month.minusYears(1);
        return List.of(
                MonthNames.monthAndYear(month),
                MonthNames.monthAndYear(yearBefore),
                "Change %",
                MonthNames.yearToDate(month),
                MonthNames.yearToDate(yearBefore),
                "Year to date change %");
    }

    /** "June 2019 compared with June 2018; year to date Jan–Jun 2019 compared with Jan–Jun 2018." */
    static String sentence(YearMonth month) {
        YearMonth yearBefore = month.minusYears(1);
        return MonthNames.monthAndYear(month) + " compared with " + MonthNames.monthAndYear(yearBefore)
                + "; year to date " + MonthNames.yearToDate(month) + " compared with "
                + MonthNames.yearToDate(yearBefore) + ".";
    }
}
