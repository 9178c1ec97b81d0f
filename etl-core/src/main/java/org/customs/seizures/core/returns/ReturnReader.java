package org.customs.seizures.core.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.customs.seizures.core.workbook.FileFault;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookSource;

/**
 * Reads one member-state return (returns.md §1-3) from an opened workbook and hands what it finds
 * to a {@link ReturnListener}, in file order, holding no line in memory.
 *
 * <p>The cover sheet (found by its name) is read first, checked against the file name and
 * resolved to a {@link ReturnIdentity}, which the listener receives before anything else. Then
 * every other sheet is read in workbook order, hidden sheets included: a sheet whose header row
 * names the four always-required fields is a seizure sheet, and each of its rows after the header
 * becomes a line or a skip; any other sheet is noted. A workbook without any seizure sheet is
 * rejected, after the other sheets have been noted.
 */
public final class ReturnReader {

    private final HeaderSynonyms synonyms;
    private final ReturnIdentification identification;
    private final Function<String, Optional<String>> unitCode;

    /**
     * @param synonyms      the accepted header names
     * @param countryIso3   resolves a country text (ISO2, ISO3 or a name) to its ISO3 code
     * @param operationCode resolves an operation text (code, name or alias) to its code
     */
    public ReturnReader(HeaderSynonyms synonyms, Function<String, Optional<String>> countryIso3,
                        Function<String, Optional<String>> operationCode) {
        this(synonyms, countryIso3, operationCode, unit -> Optional.empty());
    }

    /**
     * @param unitCode resolves a unit text to its Rec 20 code, so that a totals row in {@code kg} is
     *                 checked against lines written {@code kgs} or {@code kilos}
     */
    public ReturnReader(HeaderSynonyms synonyms, Function<String, Optional<String>> countryIso3,
                        Function<String, Optional<String>> operationCode, Function<String, Optional<String>> unitCode) {
        this.synonyms = synonyms;
        this.identification = new ReturnIdentification(countryIso3, operationCode);
        this.unitCode = unitCode;
    }

    /**
     * @throws WorkbookException when the return cannot be identified ({@code COUNTRY_UNKNOWN},
     *                           {@code PERIOD_UNKNOWN}, {@code OPERATION_UNKNOWN}, {@code METADATA_CONFLICT}),
     *                           has no seizure sheet ({@code NO_SEIZURE_SHEET}), or cannot be read
     */
    public void read(String fileName, WorkbookSource workbook, ReturnListener listener) throws WorkbookException {
        List<SheetRef> sheets = workbook.sheets();
        SheetRef coverSheet = sheets.stream().filter(s -> CoverSheet.isCoverName(s.name())).findFirst().orElse(null);
        CoverFacts cover = coverSheet == null ? CoverFacts.none() : CoverSheet.read(workbook, coverSheet);
        ReturnIdentity identity;
        try {
            identity = identification.identify(fileName, FileNameConvention.read(fileName), cover,
                    workbook.uses1904Dates());
        } catch (WorkbookException unidentified) {
            throw withoutSeizureSheet(fileName, workbook, sheets, coverSheet, unidentified);
        }
        listener.identified(identity);
        for (CoverNote note : cover.notes()) {
            listener.warning(cover.sheet(), note.rowNumber(), note.column(), note.code(), note.message());
        }

        List<String> surveys = new ArrayList<>();
        boolean anySeizureSheet = false;
        for (SheetRef sheet : sheets) {
            if (sheet.equals(coverSheet)) {
                listener.otherSheet(sheet.name(), "cover sheet: read for the country, period and other return details");
                surveys.add("sheet '" + sheet.name() + "' is the cover sheet");
                continue;
            }
            SeizureSheet reading = new SeizureSheet(sheet.name(), synonyms, identity.decimalSeparator(), unitCode, listener);
            workbook.readRows(sheet, reading);
            if (reading.isSeizureSheet()) {
                anySeizureSheet = true;
            } else {
                listener.otherSheet(sheet.name(), "no header row naming the case reference, seizure date, "
                        + "commodity and quantity in its first " + SeizureSheet.HEADER_SEARCH_ROWS + " rows");
                surveys.add(describe(sheet, reading.survey()));
            }
        }
        if (!anySeizureSheet) {
            throw new WorkbookException(FileFault.NO_SEIZURE_SHEET, noSeizureSheetMessage(fileName, surveys));
        }
    }

    /**
     * A workbook that cannot be identified may not be a return at all: when it has no seizure
     * sheet either, that is the fault to report (it says what the sender should have sent).
     */
    private WorkbookException withoutSeizureSheet(String fileName, WorkbookSource workbook, List<SheetRef> sheets,
                                                  SheetRef coverSheet, WorkbookException unidentified)
            throws WorkbookException {
        List<String> surveys = new ArrayList<>();
        ReturnListener silent = new ReturnListener() {
            @Override
            public void identified(ReturnIdentity identity) {
            }

            @Override
            public void line(ReturnLine line) {
            }

            @Override
            public void skipped(String sheet, int rowNumber, SkipReason reason) {
            }

            @Override
            public void warning(String sheet, int rowNumber, String column, String code, String message) {
            }
        };
        for (SheetRef sheet : sheets) {
            if (sheet.equals(coverSheet)) {
                surveys.add("sheet '" + sheet.name() + "' is the cover sheet");
                continue;
            }
            SeizureSheet reading = new SeizureSheet(sheet.name(), synonyms, '.', unitCode, silent);
            workbook.readRows(sheet, reading);
            if (reading.isSeizureSheet()) {
                return unidentified;
            }
            surveys.add(describe(sheet, reading.survey()));
        }
        return new WorkbookException(FileFault.NO_SEIZURE_SHEET, noSeizureSheetMessage(fileName, surveys));
    }

    private String noSeizureSheetMessage(String fileName, List<String> surveys) {
        String expected = HeaderRow.REQUIRED.stream()
                .map(f -> f.key() + " (e.g. " + synonyms.examples(f, 3).stream().map(n -> "'" + n + "'")
                        .collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining("; "));
        return "File " + fileName + " has no seizure sheet: no sheet has, in its first "
                + SeizureSheet.HEADER_SEARCH_ROWS + " rows, a header row naming all of " + expected
                + ". Found: " + (surveys.isEmpty() ? "no sheet at all" : String.join("; ", surveys)) + ".";
    }

    private static String describe(SheetRef sheet, List<SeizureSheet.SurveyedRow> rows) {
        if (rows.isEmpty()) {
            return "sheet '" + sheet.name() + "' has no text in its first " + SeizureSheet.HEADER_SEARCH_ROWS
                    + " rows";
        }
        return "sheet '" + sheet.name() + "' " + rows.stream().map(r -> {
            List<String> missing = HeaderRow.REQUIRED.stream().filter(f -> !r.named().contains(f))
                    .map(Field::key).toList();
            return "row " + r.rowNumber() + ": " + r.texts().stream().limit(12).map(t -> "'" + t + "'")
                    .collect(Collectors.joining(", ")) + (r.texts().size() > 12 ? ", ..." : "")
                    + " (missing " + String.join(", ", missing) + ")";
        }).collect(Collectors.joining(", "));
    }
}
