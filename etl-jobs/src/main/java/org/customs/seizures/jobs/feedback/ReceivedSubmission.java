package org.customs.seizures.jobs.feedback;

import java.time.LocalDateTime;
import org.customs.seizures.reports.feedback.FeedbackCounts;

/** A received file that has something to tell its sender, as the ledger ({@code dim_submission}) has it. */
record ReceivedSubmission(int key, String fileName, String status, LocalDateTime receivedAt, FeedbackCounts counts) {

    boolean rejectedAsAWhole() {
        return "rejected".equals(status);
    }
}
