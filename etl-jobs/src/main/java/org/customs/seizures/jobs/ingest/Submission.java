package org.customs.seizures.jobs.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/** One row of the ledger of received files, {@code dim_submission}. */
record Submission(int key, String fileName, String sha256, String reportingIso3, YearMonth period,
                  String operationCode, Integer version, LocalDate submittedOn, Character decimalSeparator,
                  Boolean uses1904Dates, LocalDateTime receivedAt,
                  SubmissionStatus status, boolean nilReturn, RowCounts rows, int warnings, String message,
                  Integer duplicateOf) {
}
