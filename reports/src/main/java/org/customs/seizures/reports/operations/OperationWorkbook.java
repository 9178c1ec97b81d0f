package org.customs.seizures.reports.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.reports.safety.AtomicFile;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * One operation's results as an {@code .xlsx} workbook: {@code Summary} (the headline sentence and the
 * all-countries rows by domain and category) and {@code By country} (each reporting country's rows).
 * Written atomically.
 */
public final class OperationWorkbook {

    static final String SUMMARY = "Summary";
    static final String BY_COUNTRY = "By country";
    static final String NOTE = "Cases are distinct seizure cases (reporting country + case reference). A case with "
            + "lines in several categories counts once in each: categories do not add up to the total. "
            + "Mass, volume and items are never added to one another.";

    /**
     * Writes the workbook of {@code operationCode} to the target, replacing any file there.
     *
     * @throws UncheckedIOException when the file cannot be written (the target is then left as it was)
     */
    public void write(OperationResults results, String operationCode, Path target) {
        List<OperationResult> all = new ArrayList<>();
        List<OperationResult> countries = new ArrayList<>();
        for (OperationResult row : results.rows()) {
            if (row.operationCode().equals(operationCode)) {
                (OperationResult.ALL.equals(row.reportingIso3()) ? all : countries).add(row);
            }
        }
        List<String> notes = new ArrayList<>();
        notes.add(results.total(operationCode).map(total -> OperationHeadline.of(total, all))
                .orElse("No seizures are recorded for operation " + operationCode + "."));
        notes.add(NOTE);
        if (results.asOf() != null) {
            notes.add("Figures as they stood on " + results.asOf().toLocalDate() + " (returns received by then).");
        }
        String name = results.total(operationCode).map(OperationResult::operationLabel).orElse(operationCode);
        try {
            AtomicFile.write(target, out -> {
                try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                    OperationResultsSheet sheets = new OperationResultsSheet(workbook, new SafeCellText(workbook));
                    sheets.write(SUMMARY, name + " — results", notes, all, false);
                    sheets.write(BY_COUNTRY, name + " — results by reporting country", List.of(NOTE), countries, false);
                    workbook.write(out);
                }
            });
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not write the operation workbook " + target + ": "
                    + failure.getMessage(), failure);
        }
    }
}
