package org.customs.seizures.reports.feedback;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Everything the feedback workbook of one received file says.
 *
 * @param fileName    the file's name as received
 * @param language    the language of the return, or null when it cannot be told (the workbook is then
 *                    written in English, French and Spanish together)
 * @param receivedAt  when the file was received
 * @param counts      what happened to its rows
 * @param fileProblem why the whole file was not loaded, or null when it was loaded
 * @param fileIssues  issues that belong to no row of a seizure sheet (e.g. a cover sheet entry)
 * @param sheets      the seizure sheets that have offending rows
 */
public record FeedbackReport(String fileName, FeedbackLanguage language, LocalDateTime receivedAt,
                             FeedbackCounts counts, FeedbackIssue fileProblem, List<FeedbackIssue> fileIssues,
                             List<FeedbackSheet> sheets) {

    public FeedbackReport {
        fileIssues = List.copyOf(fileIssues);
        sheets = List.copyOf(sheets);
    }

    /** True when the whole file was rejected. */
    public boolean fileRejected() {
        return fileProblem != null;
    }

    /** The languages the workbook is written in: the return's, or all three when it is not known. */
    public List<FeedbackLanguage> languages() {
        return language == null ? List.of(FeedbackLanguage.values()) : List.of(language);
    }

    /** The name of a feedback workbook for a received file: {@code FRA_2019-06.xlsx} gives {@code FRA_2019-06-feedback.xlsx}. */
    public static String workbookName(String receivedFileName) {
        int dot = receivedFileName.lastIndexOf('.');
        String stem = dot > 0 ? receivedFileName.substring(0, dot) : receivedFileName;
        return stem + "-feedback.xlsx";
    }
}
