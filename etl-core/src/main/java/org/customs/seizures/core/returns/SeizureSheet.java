package org.customs.seizures.core.returns;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;

/**
 * Reads one sheet row by row: looks for the header row within the first {@value #HEADER_SEARCH_ROWS}
 * rows, then ends every row after it in exactly one of a line or a skip, and checks totals rows
 * against the lines above them. Holds no line: each goes to the listener at once.
 */
final class SeizureSheet implements Consumer<RawRow> {

    static final int HEADER_SEARCH_ROWS = 30;
    private static final int SURVEY_ROWS = 3;

    private final String sheet;
    private final HeaderSynonyms synonyms;
    private final char decimalSeparator;
    private final java.util.function.Function<String, Optional<String>> unitCode;
    private final ReturnListener listener;
    private final List<SurveyedRow> survey = new ArrayList<>();
    private HeaderRow header;
    /** The field of each column up to the header's last recognised one (null: no field), for the cells of every line. */
    private Field[] fieldAt;
    private TotalsReconciliation totals;

    SeizureSheet(String sheet, HeaderSynonyms synonyms, char decimalSeparator,
                 java.util.function.Function<String, Optional<String>> unitCode, ReturnListener listener) {
        this.sheet = sheet;
        this.synonyms = synonyms;
        this.decimalSeparator = decimalSeparator;
        this.unitCode = unitCode;
        this.listener = listener;
    }

    @Override
    public void accept(RawRow row) {
        if (header == null) {
            seekHeader(row);
        } else {
            readDataRow(row);
        }
    }

    boolean isSeizureSheet() {
        return header != null;
    }

    /** The rows that looked most like a header, for a sheet where none was recognised. */
    List<SurveyedRow> survey() {
        return List.copyOf(survey);
    }

    private void seekHeader(RawRow row) {
        if (row.rowNumber() > HEADER_SEARCH_ROWS || row.isBlank()) {
            return;
        }
        Optional<HeaderRow> found = HeaderRow.recognise(row, synonyms);
        if (found.isEmpty()) {
            remember(row);
            return;
        }
        header = found.get();
        fieldAt = fieldsByColumn(header);
        totals = new TotalsReconciliation(header, decimalSeparator, unitCode);
        header.unknown().forEach((column, text) ->
                listener.unknownColumn(sheet, header.rowNumber(), RawCell.columnLetters(column), text));
        header.repeated().forEach((column, text) -> {
            Field field = synonyms.field(text).orElseThrow();
            String first = header.headers().get(field);
            listener.warning(sheet, header.rowNumber(), text, "COLUMN_REPEATED", "Column "
                    + RawCell.columnLetters(column) + " '" + text + "' names the same field as column "
                    + RawCell.columnLetters(header.columnByField().get(field)) + " '" + first
                    + "'; only the first one is read");
        });
        listener.seizureSheet(sheet, header.rowNumber(), header.headers());
    }

    private void remember(RawRow row) {
        Set<Field> named = HeaderRow.fieldsNamed(row, synonyms);
        SurveyedRow candidate = new SurveyedRow(row.rowNumber(), HeaderRow.texts(row), named);
        if (survey.size() < SURVEY_ROWS) {
            survey.add(candidate);
            return;
        }
        // keep the first rows, but let a row naming more fields replace the weakest one
        SurveyedRow weakest = survey.stream().min((a, b) -> Integer.compare(a.named().size(), b.named().size()))
                .orElseThrow();
        if (named.size() > weakest.named().size()) {
            survey.set(survey.indexOf(weakest), candidate);
        }
    }

    private void readDataRow(RawRow row) {
        if (isBlank(row)) {
            listener.skipped(sheet, row.rowNumber(), SkipReason.BLANK);
        } else if (HeaderRow.namesRequiredFields(row, synonyms)) {
            listener.skipped(sheet, row.rowNumber(), SkipReason.HEADER_REPEAT);
        } else if (TotalsRows.isTotals(row, header)) {
            totals.check(row).ifPresent(message -> listener.warning(sheet, row.rowNumber(),
                    header.headers().get(Field.QUANTITY), "TOTALS_MISMATCH", message));
            listener.skipped(sheet, row.rowNumber(), SkipReason.TOTALS);
        } else {
            totals.add(row);
            listener.line(new ReturnLine(sheet, row.rowNumber(), cells(row), header.headers(),
                    header.unitFromHeader()));
        }
    }

    /**
     * Blank: nothing visible, or nothing but values spread from merged ranges above (a blank row
     * inside a case whose reference and date are merged down over it).
     */
    private static boolean isBlank(RawRow row) {
        for (RawCell cell : row.cells()) {
            if (!cell.merged() && !cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private Map<Field, RawCell> cells(RawRow row) {
        Map<Field, RawCell> cells = new EnumMap<>(Field.class);
        List<RawCell> rowCells = row.cells();
        for (int i = 0; i < rowCells.size(); i++) {
            RawCell cell = rowCells.get(i);
            int column = cell.column();
            Field field = column < fieldAt.length ? fieldAt[column] : null;
            if (field != null && !cell.isBlank()) {
                cells.put(field, cell);
            }
        }
        return java.util.Collections.unmodifiableMap(cells);
    }

    private static Field[] fieldsByColumn(HeaderRow header) {
        int last = header.fieldByColumn().keySet().stream().mapToInt(Integer::intValue).max().orElse(-1);
        Field[] fields = new Field[last + 1];
        header.fieldByColumn().forEach((column, field) -> fields[column] = field);
        return fields;
    }

    /**
     * A row seen while looking for the header.
     *
     * @param rowNumber 1-based row
     * @param texts     its visible texts
     * @param named     the fields its cells name
     */
    record SurveyedRow(int rowNumber, List<String> texts, Set<Field> named) {
    }
}
