package org.customs.seizures.reports.yoy;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The headline sentences of a month's statistics, generated from the figures, e.g. "January–October 2019:
 * 385 waste cases, 23.0% fewer than in January–October 2018; 48,000 t of waste, 52.0% less." One for the
 * total of the month, one for the total of the year to date, then one per domain for the year to date.
 * A sentence whose periods had different reporting countries ends with a "Not comparable" warning.
 * Measures are never added to one another; mass is given in tonnes from 1,000 kg.
 */
public final class Headlines {

    static final String NOT_COMPARABLE = "Not comparable: different countries reported in the two periods";
    private static final double KG_PER_TONNE = 1000.0;

    private Headlines() {
    }

    public static List<String> of(MonthlyStatistics stats) {
        List<String> sentences = new ArrayList<>();
        Optional<StatisticsRow> total = stats.total();
        if (total.isEmpty()) {
            sentences.add(YearOnYearWorkbook.noData(stats.month()));
            return sentences;
        }
        YearMonth month = stats.month();
        YearMonth yearBefore = month.minusYears(1);
        String thisMonth = MonthNames.monthAndYear(month);
        String thatMonth = MonthNames.monthAndYear(yearBefore);
        String thisYear = MonthNames.yearToDateInFull(month);
        String lastYear = MonthNames.yearToDateInFull(yearBefore);
        boolean monthComparable = Boolean.TRUE.equals(total.get().comparable());
        boolean yearComparable = monthComparable && stats.yearToDate().stream().allMatch(MonthTotals::comparable);

        sentences.add(sentence(thisMonth, thatMonth, total.get(), false, null, monthComparable));
        sentences.add(sentence(thisYear, lastYear, total.get(), true, null, yearComparable));
        for (StatisticsRow domain : stats.rows(StatisticsTable.DOMAIN)) {
            sentences.add(sentence(thisYear, lastYear, domain, true, domain.domain().toLowerCase(Locale.ROOT), yearComparable));
        }
        return sentences;
    }

    private static String sentence(String period, String periodBefore, StatisticsRow row, boolean yearToDate,
            String domain, boolean comparable) {
        StringBuilder text = new StringBuilder(period).append(": ");
        Comparison cases = row.figure(Measure.CASES);
        double now = value(yearToDate ? cases.yearToDate() : cases.month());
        double before = value(yearToDate ? cases.yearToDatePrevious() : cases.previous());
        text.append(whole(now)).append(' ').append(domain == null ? "seizure" : domain).append(now == 1 ? " case" : " cases")
                .append(", ").append(change(now, before, "fewer", "more", "as many as", periodBefore));
        for (Measure measure : List.of(Measure.MASS_KG, Measure.VOLUME_M3, Measure.ITEMS)) {
            Comparison figure = row.figure(measure);
            double x = value(yearToDate ? figure.yearToDate() : figure.month());
            double prev = value(yearToDate ? figure.yearToDatePrevious() : figure.previous());
            if (x == 0 && prev == 0) {
                continue;
            }
            text.append("; ").append(amount(measure, x));
            if (domain != null) {
                text.append(" of ").append(domain);
            }
            text.append(", ").append(change(x, prev, "less", "more", "the same as", periodBefore));
        }
        text.append('.');
        if (!comparable) {
            text.append(' ').append(NOT_COMPARABLE).append('.');
        }
        return text.toString();
    }

    /** "23.0% fewer than in January–October 2018", "as many as in ...", "none in ..." for a zero baseline. */
    private static String change(double now, double before, String down, String up, String same, String periodBefore) {
        if (before == 0) {
            return "none in " + periodBefore;
        }
        if (now == before) {
            return same + " in " + periodBefore;
        }
        double pct = Math.abs(100.0 * (now - before) / before);
        String direction = now < before ? down : up;
        String numbers = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(pct);
        return numbers + "% " + direction + " than in " + periodBefore;
    }

    private static String amount(Measure measure, double value) {
        return switch (measure) {
            case MASS_KG -> value >= KG_PER_TONNE ? quantity(value / KG_PER_TONNE) + " t" : quantity(value) + " kg";
            case VOLUME_M3 -> quantity(value) + " m³";
            case ITEMS -> quantity(value) + (value == 1 ? " item" : " items");
            default -> whole(value);
        };
    }

    private static double value(Double value) {
        return value == null ? 0 : value;
    }

    static String whole(double value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String quantity(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }
}
