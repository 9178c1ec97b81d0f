package org.customs.seizures.core.dates;

import java.time.LocalDate;

/**
 * A spreadsheet date serial in the 1900 or the 1904 date system, accepted only inside a plausible
 * range ({@value #FIRST_YEAR}-{@value #LAST_YEAR}), so that a stray quantity or a bare year in a date
 * column is not read as a date in 1905.
 *
 * <p>1900 system: serial 1 is 1900-01-01, and Excel counts a 29 February 1900 that never existed
 * (serial 60), so from serial 61 on the day is {@code 1899-12-30 + serial}. 1904 system: serial 0 is
 * 1904-01-01. A fractional part is the time of day and is dropped.
 */
final class ExcelSerial {

    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2099;
    private static final int PHANTOM_LEAP_DAY = 60;

    private ExcelSerial() {
    }

    static DateResult read(double serial, boolean uses1904Dates, String shown) {
        if (Double.isNaN(serial) || Double.isInfinite(serial) || serial < 0) {
            return new DateResult.Unreadable("'" + shown + "' is not a date serial");
        }
        long day = (long) Math.floor(serial);
        if (day > 2_958_465L) { // 9999-12-31 in the 1900 system: larger numbers are no dates at all
            return new DateResult.Unreadable("'" + shown + "' is too large to be a date");
        }
        LocalDate date;
        if (uses1904Dates) {
            date = LocalDate.of(1904, 1, 1).plusDays(day);
        } else if (day == PHANTOM_LEAP_DAY) {
            return new DateResult.Unreadable("'" + shown
                    + "' is the date serial of 29 February 1900, a day that does not exist (a spreadsheet bug)");
        } else if (day < PHANTOM_LEAP_DAY) {
            date = LocalDate.of(1899, 12, 31).plusDays(day);
        } else {
            date = LocalDate.of(1899, 12, 30).plusDays(day);
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            return new DateResult.Unreadable("'" + shown + "' is not a plausible date: as a spreadsheet date serial ("
                    + (uses1904Dates ? "1904" : "1900") + " system) it would be " + date + ", outside "
                    + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return new DateResult.Read(date, null);
    }
}
