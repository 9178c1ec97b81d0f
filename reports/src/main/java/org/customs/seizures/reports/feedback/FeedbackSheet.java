package org.customs.seizures.reports.feedback;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The offending rows of one of the sender's sheets, with the sheet's header row.
 *
 * @param name            the sheet's tab name in the return
 * @param headerRowNumber the row number of the sender's header row, or null when none was found
 * @param headerCells     the header row's cells as displayed, by 0-based column (empty when none)
 * @param rows            the offending rows, in row order
 */
public record FeedbackSheet(String name, Integer headerRowNumber, List<String> headerCells, List<FeedbackRow> rows) {

    public FeedbackSheet {
        headerCells = Collections.unmodifiableList(new ArrayList<>(headerCells));
        rows = List.copyOf(rows);
    }

    /** The number of columns the sheet's cells span (header and rows). */
    public int width() {
        int width = headerCells.size();
        for (FeedbackRow row : rows) {
            width = Math.max(width, row.cells().size());
        }
        return width;
    }
}
