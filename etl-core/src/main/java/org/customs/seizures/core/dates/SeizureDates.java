package org.customs.seizures.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.RawCell;

/**
 * Reads the date of a seizure from a cell, whatever way the sender stored it (returns.md §3,
 * variation 9).
 *
 * <ul>
 *   <li>DATE cells: the date the reader already converted with the workbook's date system.</li>
 *   <li>NUMBER cells, and text made only of digits (e.g. {@code 43620}): a spreadsheet date serial
 *       in the 1900 system (with its phantom 29 February 1900, serial 60, refused) or the 1904
 *       system, accepted only for years 1950-2099. A serial typed as text is read the same way, with
 *       a note.</li>
 *   <li>Text, with or without a time part ({@code 13:45}, {@code 10:00:00}, {@code T10:00:00},
 *       {@code 10:00 PM}, {@code Z} or an offset):
 *     <ul>
 *       <li>year first: {@code 2019-06-04}, {@code 2019/06/04}, {@code 2019.06.04};</li>
 *       <li>day first with {@code /}, {@code -} or {@code .}: {@code 04/06/2019}, {@code 4.6.2019}.
 *           With {@code /} or {@code -}, when day-first is impossible and month-first is not
 *           ({@code 06/13/2019}) the date is read month-first, with a note. Dotted dates are always
 *           day-first;</li>
 *       <li>with a month name or abbreviation in English, French or Spanish, accents and dots
 *           optional, day before or after the month: {@code 04-Jun-2019}, {@code 4 June 2019},
 *           {@code 1er juin 2019}, {@code 4 de junio de 2019}, {@code June 4, 2019},
 *           {@code mardi 4 juin 2019}, {@code 4 févr. 2019}.</li>
 *     </ul>
 *   </li>
 *   <li>A two-digit year is refused: {@code 04/06/19} could be 1919 or 2019, and it is never guessed.</li>
 * </ul>
 */
public final class SeizureDates {

    private static final Pattern TIME_PART = Pattern.compile(
            "^(.*?\\d)(?:\\s*T|\\s+)(\\d{1,2})[:h](\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?"
                    + "\\s*(?:([ap])\\.?\\s?m\\.?)?\\s*(?:z|[+-]\\d{2}:?\\d{2})?$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d+)");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|re|o|a)");

    private SeizureDates() {
    }

    /** Reads a cell; {@code uses1904Dates} tells how to count the serial of a NUMBER cell or a serial typed as text. */
    public static DateResult read(RawCell cell, boolean uses1904Dates) {
        if (cell == null) {
            return new DateResult.Unreadable("the date is empty");
        }
        return switch (cell.kind()) {
            case DATE -> cell.date() != null
                    ? new DateResult.Read(cell.date().toLocalDate(), null)
                    : ExcelSerial.read(cell.number(), uses1904Dates, cell.display());
            case NUMBER -> ExcelSerial.read(cell.number(), uses1904Dates, cell.display());
            case TEXT -> fromText(cell.text(), uses1904Dates);
            case BOOLEAN -> new DateResult.Unreadable("'" + cell.text() + "' is a true/false value, not a date");
            case ERROR -> new DateResult.Unreadable("the cell holds the error " + cell.text() + ", not a date");
            case FORMULA_WITHOUT_VALUE -> new DateResult.Unreadable(
                    "the formula " + cell.text() + " has no computed value");
        };
    }

    /** Reads a date typed as text (see the class comment for the forms). */
    public static DateResult fromText(String text, boolean uses1904Dates) {
        String cleaned = FoldedText.clean(text);
        if (cleaned == null || cleaned.isEmpty()) {
            return new DateResult.Unreadable("the date is empty");
        }
        String shown = "'" + cleaned + "'";
        String datePart = withoutTime(cleaned);
        if (datePart == null) {
            return new DateResult.Unreadable(shown + " has a time that is not a valid time of day");
        }
        if (SERIAL.matcher(datePart).matches()) {
            return serialText(datePart, uses1904Dates, shown);
        }
        Matcher m = YEAR_FIRST.matcher(datePart);
        if (m.matches()) {
            return dateOf(shown, m.group(1), m.group(3), m.group(4), null);
        }
        m = DAY_FIRST.matcher(datePart);
        if (m.matches()) {
            return numericDayFirst(shown, m.group(1), m.group(2).charAt(0), m.group(3), m.group(4));
        }
        return withMonthName(shown, datePart);
    }

    /** The date part of a text that may end in a time; null when it ends in an impossible time. */
    private static String withoutTime(String text) {
        Matcher m = TIME_PART.matcher(text);
        if (!m.matches()) {
            return text;
        }
        int hour = Integer.parseInt(m.group(2));
        int minute = Integer.parseInt(m.group(3));
        int second = m.group(4) == null ? 0 : Integer.parseInt(m.group(4));
        int maxHour = m.group(5) == null ? 23 : 12;
        if (hour > maxHour || minute > 59 || second > 59) {
            return null;
        }
        return m.group(1);
    }

    private static DateResult serialText(String digits, boolean uses1904Dates, String shown) {
        DateResult result = ExcelSerial.read(Double.parseDouble(digits), uses1904Dates, digits);
        if (result instanceof DateResult.Read read) {
            return new DateResult.Read(read.date(), shown + " was read as a spreadsheet date serial ("
                    + (uses1904Dates ? "1904" : "1900") + " system): " + read.date());
        }
        return result;
    }

    private static DateResult numericDayFirst(String shown, String first, char separator, String second, String year) {
        if (year.length() != 4) {
            return twoDigitYear(shown, year);
        }
        DateResult dayFirst = dateOf(shown, year, second, first, null);
        if (dayFirst instanceof DateResult.Read || separator == '.') {
            return dayFirst;
        }
        int day = Integer.parseInt(first);
        int month = Integer.parseInt(second);
        if (month > 12 && day <= 12) {
            return dateOf(shown, year, first, second, shown + " was read month first (" + month
                    + " cannot be a month)");
        }
        return dayFirst;
    }

    private static DateResult withMonthName(String shown, String text) {
        List<String> words = new ArrayList<>();
        for (String word : FoldedText.fold(text).split(" ")) {
            if (!word.isEmpty() && !MonthNames.isFiller(word)) {
                words.add(word);
            }
        }
        if (words.size() != 3) {
            return notADate(shown);
        }
        int monthAt = -1;
        for (int i = 0; i < 3; i++) {
            if (MonthNames.month(words.get(i)) > 0) {
                monthAt = i;
            }
        }
        if (monthAt < 0) {
            return notADate(shown);
        }
        int month = MonthNames.month(words.get(monthAt));
        List<String> numbers = new ArrayList<>(words);
        numbers.remove(monthAt);
        String day;
        String year;
        if (monthAt == 0 || monthAt == 1 && !isYear(numbers.get(0))) {
            day = dayDigits(numbers.get(0)); // 4 June 2019, June 4 2019
            year = numbers.get(1);
        } else {
            year = numbers.get(0); // 2019 June 4
            day = dayDigits(numbers.get(1));
            if (monthAt != 1) {
                return notADate(shown);
            }
        }
        if (day == null || !year.chars().allMatch(Character::isDigit)) {
            return notADate(shown);
        }
        if (year.length() != 4) {
            return twoDigitYear(shown, year);
        }
        return dateOf(shown, year, Integer.toString(month), day, null);
    }

    private static boolean isYear(String word) {
        return word.length() == 4 && word.chars().allMatch(Character::isDigit);
    }

    /** The digits of a day word ({@code 4}, {@code 04}, {@code 1er}, {@code 4th}), or null. */
    private static String dayDigits(String word) {
        if (word.length() <= 2 && word.chars().allMatch(Character::isDigit)) {
            return word;
        }
        Matcher m = ORDINAL_DAY.matcher(word);
        return m.matches() ? m.group(1) : null;
    }

    private static DateResult dateOf(String shown, String year, String month, String day, String note) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return new DateResult.Read(date, note == null ? null : note + ": " + date);
        } catch (DateTimeException | NumberFormatException e) {
            return new DateResult.Unreadable(shown + " is not a real date (day " + day + ", month " + month
                    + ", year " + year + ")");
        }
    }

    private static DateResult twoDigitYear(String shown, String year) {
        return new DateResult.Unreadable(shown + " has the year '" + year
                + "', which is not written in full; please write the year with four digits");
    }

    private static DateResult notADate(String shown) {
        return new DateResult.Unreadable(shown + " is not a date in a form we can read "
                + "(for example 2019-06-04, 04/06/2019 or 4 June 2019)");
    }
}
