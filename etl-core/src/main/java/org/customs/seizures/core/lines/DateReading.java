package org.customs.seizures.core.lines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.customs.seizures.core.dates.DateResult;
import org.customs.seizures.core.dates.SeizureDates;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;

/**
 * The seizure date of a line: readable, not before 1990, and not after the return was submitted, nor
 * after today, nor after the end of the return's reporting month (a seizure dated after the period
 * the return covers cannot have been known when the return was compiled). Earlier months are
 * accepted: seizures are sometimes reported late.
 */
final class DateReading {

    static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

    private DateReading() {
    }

    /** The date, or null when it is missing or rejected. */
    static LocalDate read(ReturnLine line, ReturnIdentity identity, Clock clock, LineFaults faults) {
        if (faults.broken(Field.SEIZURE_DATE)) {
            return null;
        }
        RawCell cell = line.cell(Field.SEIZURE_DATE);
        if (!CellText.present(cell)) {
            faults.reject(Field.SEIZURE_DATE, (String) null, RejectReason.REQUIRED_MISSING,
                    "The seizure date (column '" + faults.column(Field.SEIZURE_DATE) + "') is empty");
            return null;
        }
        DateResult result = SeizureDates.read(cell, identity.uses1904Dates());
        if (result instanceof DateResult.Unreadable unreadable) {
            faults.reject(Field.SEIZURE_DATE, cell, RejectReason.DATE_INVALID,
                    shown(cell, faults) + " cannot be read as a date: " + unreadable.reason());
            return null;
        }
        DateResult.Read read = (DateResult.Read) result;
        LocalDate date = read.date();
        if (date.isBefore(EARLIEST)) {
            faults.reject(Field.SEIZURE_DATE, cell, RejectReason.DATE_TOO_OLD,
                    shown(cell, faults) + " is " + date + ", before " + EARLIEST);
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate submitted = identity.submittedOn();
        if (submitted != null && date.isAfter(submitted)) {
            faults.reject(Field.SEIZURE_DATE, cell, RejectReason.DATE_FUTURE,
                    shown(cell, faults) + " is " + date + ", after the return was submitted ("
                            + submitted + ")");
            return null;
        }
        if (date.isAfter(today)) {
            faults.reject(Field.SEIZURE_DATE, cell, RejectReason.DATE_FUTURE,
                    shown(cell, faults) + " is " + date + ", in the future (today is " + today + ")");
            return null;
        }
        if (identity.period() != null && isAfterMonth(date, identity.period())) {
            faults.reject(Field.SEIZURE_DATE, cell, RejectReason.DATE_AFTER_PERIOD,
                    shown(cell, faults) + " is " + date + ", after the end of the period of this return ("
                            + identity.period() + "): a seizure cannot be reported before it happens");
            return null;
        }
        if (read.note() != null) {
            faults.warn(Field.SEIZURE_DATE, cell, "DATE_READ_AS", read.note());
        }
        return date;
    }

    /** Whether the date is after the last day of the month (compared by year and month, building no date). */
    private static boolean isAfterMonth(LocalDate date, YearMonth month) {
        return date.getYear() > month.getYear()
                || date.getYear() == month.getYear() && date.getMonthValue() > month.getMonthValue();
    }

    /** The column and the cell as the sender sees them, for a message: {@code Date '31/02/2019'}. */
    private static String shown(RawCell cell, LineFaults faults) {
        return faults.column(Field.SEIZURE_DATE) + " '" + CellText.of(cell) + "'";
    }
}
