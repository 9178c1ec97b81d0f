package org.customs.seizures.reports.feedback;

/**
 * What happened to the rows of one return, as the ledger ({@code dim_submission}) recorded it.
 *
 * @param read     data rows read
 * @param loaded   lines loaded into the warehouse
 * @param rejected lines not loaded
 * @param skipped  rows neither loaded nor rejected (blank, totals, repeated header)
 * @param warnings warnings (the lines concerned were loaded)
 */
public record FeedbackCounts(int read, int loaded, int rejected, int skipped, int warnings) {

    public static FeedbackCounts none() {
        return new FeedbackCounts(0, 0, 0, 0, 0);
    }
}
