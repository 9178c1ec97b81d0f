package org.customs.seizures.jobs.ingest;

import java.util.Locale;

/** The status of a received file in {@code dim_submission.status}. */
enum SubmissionStatus {
    LOADED, REJECTED, SUPERSEDED, DUPLICATE;

    String sqlValue() {
        return name().toLowerCase(Locale.ROOT);
    }
}
