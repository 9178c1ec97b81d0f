package org.customs.seizures.jobs.feedback;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.customs.seizures.reports.feedback.FeedbackIssue;
import org.customs.seizures.reports.feedback.FeedbackReport;
import org.customs.seizures.reports.feedback.FeedbackWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a feedback workbook for every file received since a time that has rejections or warnings
 * or was rejected as a whole ({@code <folder>/<file name without extension>-feedback.xlsx}), from
 * what the warehouse recorded and the original file in the inbox, opened again read-only.
 * A duplicate (bytes already received) gets none. A file whose feedback cannot be written is logged
 * and the others are still written.
 */
public final class SenderFeedback {

    private static final Logger log = LoggerFactory.getLogger(SenderFeedback.class);

    private final WarehouseFile warehouse;
    private final Path inbox;
    private final Path folder;
    private final OriginalReturn originals;
    private final FeedbackWorkbook workbook = new FeedbackWorkbook();

    public SenderFeedback(WarehouseFile warehouse, Path inbox, Path folder, WorkbookLimits limits) {
        this.warehouse = warehouse;
        this.inbox = inbox;
        this.folder = folder;
        this.originals = new OriginalReturn(new WorkbookOpener(limits), HeaderSynonyms.fromClasspath(),
                ReturnLanguage.fromClasspath());
    }

    /** Writes the feedback of the files received at or after {@code since}; returns the workbooks written. */
    public List<Path> writeForFilesReceivedSince(LocalDateTime since) throws SQLException {
        List<Path> written = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (Connection connection = warehouse.openReadOnly()) {
            FeedbackLedger ledger = new FeedbackLedger(connection);
            for (ReceivedSubmission submission : ledger.submissionsToTell(since)) {
                Path target = folder.resolve(workbookName(submission.fileName(), names));
                try {
                    workbook.write(report(submission, ledger.issuesOf(submission.key())), target);
                    written.add(target);
                } catch (RuntimeException failure) {
                    log.error("{}: the feedback workbook {} could not be written", submission.fileName(), target,
                            failure);
                }
            }
        }
        return written;
    }

    /**
     * {@code <name without extension>-feedback.xlsx}; when another file of the run already has that name
     * ({@code KEN_2019-02.csv} and {@code KEN_2019-02.xlsx}), the extension is kept: {@code KEN_2019-02_xlsx-feedback.xlsx}.
     */
    static String workbookName(String fileName, Set<String> taken) {
        String name = FeedbackReport.workbookName(fileName);
        if (!taken.add(name.toLowerCase(Locale.ROOT))) {
            name = FeedbackReport.workbookName(fileName.replace('.', '_') + ".xlsx");
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return name;
    }

    private FeedbackReport report(ReceivedSubmission submission, List<StoredIssue> issues) {
        FeedbackIssue fileProblem = null;
        List<FeedbackIssue> fileIssues = new ArrayList<>();
        Map<String, Map<Integer, List<StoredIssue>>> rowIssues = new LinkedHashMap<>();
        for (StoredIssue issue : issues) {
            if (issue.aboutARow()) {
                rowIssues.computeIfAbsent(issue.sheet(), sheet -> new TreeMap<>())
                        .computeIfAbsent(issue.rowNumber(), row -> new ArrayList<>()).add(issue);
            } else if (fileProblem == null && issue.rejection() && submission.rejectedAsAWhole()) {
                fileProblem = issue.toFeedback();
            } else {
                fileIssues.add(issue.toFeedback());
            }
        }
        if (fileProblem == null && submission.rejectedAsAWhole()) {
            fileProblem = FeedbackIssue.rejection("READ_FAILED", null, null, null);
        }
        OriginalReturn.Reading original = originals.read(inbox.resolve(submission.fileName()), rowIssues);
        return new FeedbackReport(submission.fileName(), original.language(), submission.receivedAt(),
                submission.counts(), fileProblem, fileIssues, original.sheets());
    }
}
