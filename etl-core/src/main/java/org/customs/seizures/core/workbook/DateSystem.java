package org.customs.seizures.core.workbook;

import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.DateUtil;

/** The workbook's date system: serial numbers count from 1900 (Windows) or from 1904 (old Mac). */
enum DateSystem {
    FROM_1900,
    FROM_1904;

    static DateSystem of(boolean uses1904) {
        return uses1904 ? FROM_1904 : FROM_1900;
    }

    boolean is1904() {
        return this == FROM_1904;
    }

    /** A numeric cell: DATE when its style is a date format and the serial is a valid date, else NUMBER. */
    RawCell numeric(int column, double serial, boolean dateFormatted, boolean formula) {
        return numeric(column, serial, dateFormatted ? dateOf(serial) : null, formula);
    }

    /** The date-time of a serial number in this date system, or null when it is no valid date. */
    LocalDateTime dateOf(double serial) {
        return DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial, is1904(), true) : null;
    }

    /** A numeric cell: DATE when it has a date-time (a date-formatted valid serial), else NUMBER. */
    static RawCell numeric(int column, double serial, LocalDateTime date, boolean formula) {
        return date != null ? new RawCell(column, CellKind.DATE, null, serial, date, false, formula)
                : new RawCell(column, CellKind.NUMBER, null, serial, null, false, formula);
    }

    /** An ISO 8601 date cell ({@code t="d"}), with the serial this date system gives it. */
    RawCell isoDate(int column, LocalDateTime date, boolean formula) {
        double serial = DateUtil.getExcelDate(date, is1904());
        return new RawCell(column, CellKind.DATE, null, serial, date, false, formula);
    }
}
