package org.customs.seizures.reports.feedback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.reports.safety.AtomicFile;
import org.customs.seizures.reports.safety.SafeCellText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The feedback workbook of one received file, for its sender, in the language of the return: a
 * summary sheet first ({@code Summary}, {@code Résumé} or {@code Resumen}), then for each seizure
 * sheet with offending rows the sender's header row and those rows, offending cells filled (red: the
 * row was not loaded; amber: loaded with a warning) and the reasons beside each row. Every text that
 * came from the return is written formula-safe; the file is replaced atomically.
 */
public final class FeedbackWorkbook {

    private static final Logger log = LoggerFactory.getLogger(FeedbackWorkbook.class);
    private static final int MAX_SHEET_NAME = 31;

    /**
     * Writes the workbook to the target, replacing any file there.
     *
     * @throws UncheckedIOException when the file cannot be written (the target is then left as it was)
     */
    public void write(FeedbackReport report, Path target) {
        try {
            AtomicFile.write(target, out -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    FeedbackStyles styles = new FeedbackStyles(workbook);
                    SafeCellText safe = new SafeCellText(workbook);
                    FeedbackTexts texts = new FeedbackTexts(report.languages());
                    Set<String> taken = new HashSet<>();
                    String summaryName = uniqueName(texts.label("summary.sheet").replace(" / ", " - "), taken);
                    new FeedbackSummarySheet(styles, safe, texts).write(workbook, summaryName, report);
                    FeedbackRowsSheet rowsSheet = new FeedbackRowsSheet(styles, safe, texts);
                    for (FeedbackSheet sheet : report.sheets()) {
                        rowsSheet.write(workbook, uniqueName(sheet.name(), taken), sheet);
                    }
                    workbook.setActiveSheet(0);
                    workbook.write(out);
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the feedback workbook " + target + " for "
                    + report.fileName() + ": " + failure.getMessage(), failure);
        }
        log.info("Wrote the feedback on {} to {} ({} sheets with marked rows)", report.fileName(), target,
                report.sheets().size());
    }

    /** A valid tab name, unique in the workbook whatever the case. */
    static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Sheet" : wanted);
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
