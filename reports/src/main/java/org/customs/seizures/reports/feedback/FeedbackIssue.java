package org.customs.seizures.reports.feedback;

/**
 * One thing the sender is told: why a row (or the whole file) was not loaded, or a warning.
 *
 * @param code      the stable reason or warning code (e.g. {@code QTY_NOT_NUMBER}, {@code FILE_CORRUPT},
 *                  {@code TOTALS_MISMATCH}); it selects the plain-words text in the sender's language
 * @param column    the column as the sender named it, or null
 * @param value     the value found, as typed, or null
 * @param message   the English message stored in the warehouse, or null
 * @param rejection true when it kept the row (or the file) out of the warehouse; false for a warning
 */
public record FeedbackIssue(String code, String column, String value, String message, boolean rejection) {

    public static FeedbackIssue rejection(String code, String column, String value, String message) {
        return new FeedbackIssue(code, column, value, message, true);
    }

    public static FeedbackIssue warning(String code, String column, String value, String message) {
        return new FeedbackIssue(code, column, value, message, false);
    }
}
