package org.customs.seizures.core.returns;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Who sent a return and for what, from its cover sheet and file name (returns.md §1-2).
 *
 * @param reportingIso3     ISO alpha-3 of the reporting member state
 * @param period            the reporting month
 * @param operationCode     code from operations.csv, or null when the return is not part of an operation
 * @param version           version number, or null when none is given
 * @param submittedOn       date of submission from the cover, or null
 * @param nilDeclared       true when the cover declares a nil return
 * @param decimalSeparator  '.' or ',' for numbers typed as text
 * @param contact           free text, kept, never exported in statistics; may be null
 * @param uses1904Dates     true when the workbook counts date serials from 1904
 */
public record ReturnIdentity(String reportingIso3, YearMonth period, String operationCode, Integer version,
                             LocalDate submittedOn, boolean nilDeclared, char decimalSeparator, String contact,
                             boolean uses1904Dates) {
}
