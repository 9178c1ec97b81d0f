package org.customs.seizures.jobs.feedback;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.reports.feedback.FeedbackIssue;
import org.customs.seizures.reports.feedback.FeedbackRow;
import org.customs.seizures.reports.feedback.FeedbackSheet;

/**
 * Streams one sheet of an original return and keeps only what its feedback shows: the header row
 * (the row above the first offending row that names the most fields) and the offending rows, their
 * cells as displayed. The first rows' texts go to the language tally.
 */
final class OffendingRows implements Consumer<RawRow> {

    /** Rows whose texts tell the language: the header and the cover labels are in there. */
    static final int LANGUAGE_ROWS = 40;

    private final String sheet;
    private final TreeMap<Integer, List<StoredIssue>> issuesByRow;
    private final HeaderSynonyms synonyms;
    private final ReturnLanguage.Tally tally;
    private final int lastHeaderCandidate;
    private final Map<Integer, List<String>> cellsByRow = new HashMap<>();
    private RawRow header;
    private int headerScore;

    OffendingRows(String sheet, Map<Integer, List<StoredIssue>> issuesByRow, HeaderSynonyms synonyms,
                  ReturnLanguage.Tally tally) {
        this.sheet = sheet;
        this.issuesByRow = new TreeMap<>(issuesByRow);
        this.synonyms = synonyms;
        this.tally = tally;
        this.lastHeaderCandidate = this.issuesByRow.isEmpty() ? 0 : this.issuesByRow.firstKey();
    }

    @Override
    public void accept(RawRow row) {
        if (row.rowNumber() <= LANGUAGE_ROWS) {
            for (RawCell cell : row.cells()) {
                if (cell.kind() == CellKind.TEXT) {
                    tally.see(cell.text());
                }
            }
        }
        if (row.rowNumber() <= lastHeaderCandidate) {
            int score = fieldsNamed(row);
            if (score >= 2 && score > headerScore) {
                header = row;
                headerScore = score;
            }
        }
        if (issuesByRow.containsKey(row.rowNumber())) {
            cellsByRow.put(row.rowNumber(), displayed(row));
        }
    }

    /** The sheet's feedback: its header and offending rows, the cells the issues are about marked. */
    FeedbackSheet toFeedback() {
        List<String> headerCells = header == null ? List.of() : displayed(header);
        Map<String, Integer> columnByHeader = new HashMap<>();
        for (int column = 0; column < headerCells.size(); column++) {
            String folded = FoldedText.fold(headerCells.get(column));
            if (!folded.isEmpty()) {
                columnByHeader.putIfAbsent(folded, column);
            }
        }
        List<FeedbackRow> rows = new ArrayList<>();
        issuesByRow.forEach((rowNumber, issues) -> {
            List<String> cells = cellsByRow.getOrDefault(rowNumber, List.of());
            Set<Integer> offending = new LinkedHashSet<>();
            List<FeedbackIssue> feedback = new ArrayList<>();
            for (StoredIssue issue : issues) {
                Integer column = columnOf(issue, columnByHeader, cells);
                if (column != null) {
                    offending.add(column);
                }
                feedback.add(issue.toFeedback());
            }
            rows.add(new FeedbackRow(rowNumber, cells, offending, feedback));
        });
        return new FeedbackSheet(sheet, header == null ? null : header.rowNumber(), headerCells, rows);
    }

    /** The column an issue is about: by its header, else the cell holding its value, else the cell holding its column name. */
    private static Integer columnOf(StoredIssue issue, Map<String, Integer> columnByHeader, List<String> cells) {
        String column = FoldedText.fold(issue.column());
        if (!column.isEmpty() && columnByHeader.containsKey(column)) {
            return columnByHeader.get(column);
        }
        Integer byValue = cellHolding(cells, issue.value());
        return byValue != null ? byValue : cellHolding(cells, issue.column());
    }

    private static Integer cellHolding(List<String> cells, String text) {
        String wanted = FoldedText.fold(text);
        if (wanted.isEmpty()) {
            return null;
        }
        for (int column = 0; column < cells.size(); column++) {
            if (wanted.equals(FoldedText.fold(cells.get(column)))) {
                return column;
            }
        }
        return null;
    }

    private int fieldsNamed(RawRow row) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        for (RawCell cell : row.cells()) {
            if (cell.kind() == CellKind.TEXT) {
                synonyms.field(cell.text()).ifPresent(fields::add);
            }
        }
        return fields.size();
    }

    private static List<String> displayed(RawRow row) {
        List<String> cells = new ArrayList<>();
        for (RawCell cell : row.cells()) {
            while (cells.size() < cell.column()) {
                cells.add(null);
            }
            cells.add(cell.display());
        }
        return cells;
    }
}
