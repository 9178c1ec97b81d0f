package org.customs.seizures.core.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What a cover sheet says, read but not yet checked against the file name or the catalogues.
 *
 * @param sheet            the cover sheet's name
 * @param country          the reporting-country pair, or null when absent or empty
 * @param period           the period pair, or null when absent or empty
 * @param month            the month the period names; null when absent or unreadable
 * @param operation        the operation pair, or null when absent or empty
 * @param version          the version, or null
 * @param submittedOn      the date of submission, or null
 * @param nilDeclared      true when the cover declares a nil return
 * @param decimalSeparator '.' or ',' (default '.')
 * @param contact          the contact text, or null
 * @param notes            values that could not be read
 */
record CoverFacts(String sheet, CoverEntry country, CoverEntry period, YearMonth month, CoverEntry operation,
                  Integer version, LocalDate submittedOn, boolean nilDeclared, char decimalSeparator,
                  String contact, List<CoverNote> notes) {

    CoverFacts {
        notes = List.copyOf(notes);
    }

    /** A return without a cover sheet. */
    static CoverFacts none() {
        return new CoverFacts(null, null, null, null, null, null, null, false, '.', null, List.of());
    }
}
