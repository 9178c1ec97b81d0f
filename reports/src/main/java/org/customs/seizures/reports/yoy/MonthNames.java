package org.customs.seizures.reports.yoy;

import java.time.Month;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/** How the reports name a month and a year to date, in English ("June 2019", "Jan–Jun 2019"). */
final class MonthNames {

    private static final DateTimeFormatter MONTH_AND_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    private MonthNames() {
    }

    static String monthAndYear(YearMonth month) {
        return MONTH_AND_YEAR.format(month);
    }

    /** "January–October 2019", or "January 2019" in January. */
    static String yearToDateInFull(YearMonth month) {
        String last = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        if (month.getMonth() == Month.JANUARY) {
            return last + " " + month.getYear();
        }
        return Month.JANUARY.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + "–" + last + " " + month.getYear();
    }

    static String yearToDate(YearMonth month) {
        String last = month.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
        if (month.getMonth() == Month.JANUARY) {
            return last + " " + month.getYear();
        }
        return Month.JANUARY.getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + "–" + last + " " + month.getYear();
    }
}
