package org.customs.seizures.core.returns;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * Months and dates as the cover sheet gives them: date cells, serial numbers (1900 or 1904 date
 * system) and text in English, French or Spanish ({@code 2019-06}, {@code 06/2019},
 * {@code juin 2019}, {@code 4 de junio de 2019}, {@code 04/06/2019}, {@code 04-Jun-2019}).
 * Slash dates are day-first unless day-first is impossible.
 */
final class CalendarText {

    private static final Map<String, Integer> MONTHS = months();

    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ].*)?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[T ].*)?");
    /** Folded forms: "june 2019", "junio de 2019". */
    private static final Pattern NAMED_MONTH = Pattern.compile("([a-z]+)(?: de)? (\\d{4})");
    /** Folded forms: "4 june 2019", "04 jun 2019", "4 de junio de 2019", optionally followed by a time. */
    private static final Pattern NAMED_DATE = Pattern.compile("(\\d{1,2})(?:er|st|nd|rd|th)?(?: de)? ([a-z]+)(?: de)? (\\d{4})(?: \\d.*)?");

    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);

    private CalendarText() {
    }

    /** The month a cell names, as a month or as any date in it. */
    static Optional<YearMonth> month(RawCell cell, boolean uses1904Dates) {
        if (cell == null) {
            return Optional.empty();
        }
        if (cell.kind() == CellKind.TEXT) {
            return month(cell.text());
        }
        return date(cell, uses1904Dates).map(YearMonth::from);
    }

    static Optional<YearMonth> month(String text) {
        String cleaned = FoldedText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = YEAR_MONTH.matcher(cleaned);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
            m = MONTH_YEAR.matcher(cleaned);
            if (m.matches()) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
            }
            m = NAMED_MONTH.matcher(FoldedText.fold(cleaned));
            if (m.matches() && MONTHS.containsKey(m.group(1))) {
                return Optional.of(YearMonth.of(Integer.parseInt(m.group(2)), MONTHS.get(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return date(cleaned).map(YearMonth::from);
    }

    /** The date a cell holds: a date cell, a serial number, or date text. */
    static Optional<LocalDate> date(RawCell cell, boolean uses1904Dates) {
        if (cell == null) {
            return Optional.empty();
        }
        return switch (cell.kind()) {
            case DATE -> Optional.of(cell.date().toLocalDate());
            case NUMBER -> fromSerial(cell.number(), uses1904Dates);
            case TEXT -> date(cell.text());
            default -> Optional.empty();
        };
    }

    static Optional<LocalDate> fromSerial(double serial, boolean uses1904Dates) {
        if (serial < 1 || serial > 2_958_465) {
            return Optional.empty();
        }
        long days = (long) Math.floor(serial);
        if (uses1904Dates) {
            return Optional.of(EPOCH_1904.plusDays(days));
        }
        // the 1900 system counts a 29 February 1900 that never was: serials below 61 are a day off
        return Optional.of(days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days));
    }

    static Optional<LocalDate> date(String text) {
        String cleaned = FoldedText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = ISO_DATE.matcher(cleaned);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = NUMERIC_DATE.matcher(cleaned);
            if (m.matches()) {
                int first = Integer.parseInt(m.group(1));
                int second = Integer.parseInt(m.group(2));
                int year = Integer.parseInt(m.group(3));
                return Optional.of(second > 12 && first <= 12
                        ? LocalDate.of(year, first, second)   // day-first impossible: month-first
                        : LocalDate.of(year, second, first));
            }
            m = NAMED_DATE.matcher(FoldedText.fold(cleaned));
            if (m.matches() && MONTHS.containsKey(m.group(2))) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Map<String, Integer> months() {
        String[][] names = {
                {"january", "jan", "janvier", "janv", "enero", "ene"},
                {"february", "feb", "fevrier", "fevr", "fev", "febrero"},
                {"march", "mar", "mars", "marzo"},
                {"april", "apr", "avril", "avr", "abril", "abr"},
                {"may", "mai", "mayo"},
                {"june", "jun", "juin", "junio"},
                {"july", "jul", "juillet", "juil", "julio"},
                {"august", "aug", "aout", "agosto", "ago"},
                {"september", "sep", "sept", "septembre", "septiembre", "setiembre"},
                {"october", "oct", "octobre", "octubre"},
                {"november", "nov", "novembre", "noviembre"},
                {"december", "dec", "decembre", "diciembre", "dic"}};
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            for (String name : names[i]) {
                map.put(name, i + 1);
            }
        }
        return Map.copyOf(map);
    }
}
