package org.customs.seizures.jobs.feedback;

import org.customs.seizures.reports.feedback.FeedbackIssue;

/**
 * One row of {@code etl_reject} or {@code etl_warning}.
 *
 * @param sheet     the sheet, or null for the whole file
 * @param rowNumber the 1-based row, or null
 */
record StoredIssue(String sheet, Integer rowNumber, String column, String value, String code, String message,
                   boolean rejection) {

    boolean aboutARow() {
        return sheet != null && rowNumber != null;
    }

    FeedbackIssue toFeedback() {
        return new FeedbackIssue(code, column, value, message, rejection);
    }
}
