package org.customs.seizures.reports.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One of the sender's rows that has something to say: rejected, or loaded with a warning.
 *
 * @param rowNumber        the row's number in the sender's sheet (1-based, as the spreadsheet shows it)
 * @param cells            the row's cells as displayed, by 0-based column (null for an empty cell)
 * @param offendingColumns the 0-based columns the issues are about (to highlight)
 * @param issues           what is wrong, at least one
 */
public record FeedbackRow(int rowNumber, List<String> cells, Set<Integer> offendingColumns,
                          List<FeedbackIssue> issues) {

    public FeedbackRow {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
        offendingColumns = Collections.unmodifiableSet(new TreeSet<>(offendingColumns));
        issues = List.copyOf(issues);
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("Row " + rowNumber + " has no issue to report");
        }
    }

    /** True when the row was not loaded (at least one issue is a rejection); false for a warning row. */
    public boolean rejected() {
        return issues.stream().anyMatch(FeedbackIssue::rejection);
    }
}
