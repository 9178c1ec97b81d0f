package org.customs.seizures.core.workbook;

import java.time.LocalDateTime;

/**
 * The date-times of serial numbers in one workbook's date system, remembered: a sheet's date column holds
 * the same few days again and again, and working one out (POI's {@code DateUtil}) costs a calendar and
 * several objects. A small table indexed by the whole day keeps the last serial seen for each slot.
 */
final class SerialDates {

    private static final int SLOTS = 256;

    private final DateSystem system;
    private final double[] serials = new double[SLOTS];
    private final LocalDateTime[] dates = new LocalDateTime[SLOTS];
    private final boolean[] known = new boolean[SLOTS];

    SerialDates(DateSystem system) {
        this.system = system;
    }

    /** As {@link DateSystem#numeric(int, double, boolean, boolean)}. */
    RawCell numeric(int column, double serial, boolean dateFormatted, boolean formula) {
        return DateSystem.numeric(column, serial, dateFormatted ? dateOf(serial) : null, formula);
    }

    /** As {@link DateSystem#dateOf(double)}. */
    LocalDateTime dateOf(double serial) {
        int slot = (int) serial & (SLOTS - 1);
        if (known[slot] && Double.doubleToRawLongBits(serials[slot]) == Double.doubleToRawLongBits(serial)) {
            return dates[slot];
        }
        LocalDateTime date = system.dateOf(serial);
        serials[slot] = serial;
        dates[slot] = date;
        known[slot] = true;
        return date;
    }
}
