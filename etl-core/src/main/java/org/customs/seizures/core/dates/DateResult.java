package org.customs.seizures.core.dates;

import java.time.LocalDate;

/** What reading a date cell gives: a date (perhaps with a note on how it was read) or the reason it is unreadable. */
public sealed interface DateResult {

    /**
     * @param date the date read
     * @param note how an unusual form was read, in plain words for the sender (e.g. a month-first
     *             slash date), or null when the reading needs no comment
     */
    record Read(LocalDate date, String note) implements DateResult {
    }

    /** @param reason why the value is not a date, in plain words naming the value */
    record Unreadable(String reason) implements DateResult {
    }
}
