package org.customs.seizures.jobs.feedback;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.core.workbook.WorkbookSource;
import org.customs.seizures.reports.feedback.FeedbackLanguage;
import org.customs.seizures.reports.feedback.FeedbackRow;
import org.customs.seizures.reports.feedback.FeedbackSheet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a received file again, read-only and streaming, for its feedback: the language it is typed
 * in, and the header and offending rows of each sheet that has issues. A file that cannot be opened
 * (the reason it was rejected) gives no language and its rows without cells.
 */
final class OriginalReturn {

    private static final Logger log = LoggerFactory.getLogger(OriginalReturn.class);

    private final WorkbookOpener opener;
    private final HeaderSynonyms synonyms;
    private final ReturnLanguage languages;

    OriginalReturn(WorkbookOpener opener, HeaderSynonyms synonyms, ReturnLanguage languages) {
        this.opener = opener;
        this.synonyms = synonyms;
        this.languages = languages;
    }

    /** What the file shows of its issues; {@code rowIssues}: sheet → row → the issues of that row. */
    Reading read(Path file, Map<String, Map<Integer, List<StoredIssue>>> rowIssues) {
        ReturnLanguage.Tally tally = languages.tally();
        Map<String, FeedbackSheet> sheets = new LinkedHashMap<>();
        try (WorkbookSource workbook = opener.open(file)) {
            for (SheetRef sheet : workbook.sheets()) {
                tally.see(sheet.name());
                OffendingRows rows = new OffendingRows(sheet.name(), rowIssues.getOrDefault(sheet.name(), Map.of()),
                        synonyms, tally);
                workbook.readRows(sheet, rows);
                if (rowIssues.containsKey(sheet.name())) {
                    sheets.put(sheet.name(), rows.toFeedback());
                }
            }
        } catch (WorkbookException unreadable) {
            log.debug("{}: cannot be opened again for its feedback: {}", file.getFileName(), unreadable.getMessage());
        }
        rowIssues.forEach((sheet, issues) -> sheets.computeIfAbsent(sheet, name -> withoutCells(name, issues)));
        return new Reading(tally.language(), new ArrayList<>(sheets.values()));
    }

    private static FeedbackSheet withoutCells(String sheet, Map<Integer, List<StoredIssue>> issues) {
        List<FeedbackRow> rows = new ArrayList<>();
        issues.forEach((row, rowIssues) -> rows.add(new FeedbackRow(row, List.of(), java.util.Set.of(),
                rowIssues.stream().map(StoredIssue::toFeedback).toList())));
        rows.sort(java.util.Comparator.comparingInt(FeedbackRow::rowNumber));
        return new FeedbackSheet(sheet, null, List.of(), rows);
    }

    /** The language the file is typed in (null when it cannot be told) and its sheets with offending rows. */
    record Reading(FeedbackLanguage language, List<FeedbackSheet> sheets) {
    }
}
