package org.customs.seizures.core.returns;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookSource;

/**
 * Reads a cover sheet (returns.md §2): label/value pairs in two adjacent cells anywhere on the
 * sheet, title rows above them allowed. The first pair for each label wins.
 */
final class CoverSheet implements Consumer<RawRow> {

    private static final Set<String> COVER_NAMES = Set.of("cover", "metadata", "informations", "couverture",
            "portada", "datos generales");

    private static final Set<String> YES = Set.of("yes", "y", "oui", "o", "si", "true", "vrai", "verdadero", "x", "1");
    private static final Set<String> NO = Set.of("no", "n", "non", "false", "faux", "falso", "0");
    private static final Set<String> COMMA = Set.of("comma", "virgule", "coma", "decimal comma");
    private static final Set<String> POINT = Set.of("point", "dot", "period", "full stop", "punto", "decimal point");
    private static final Pattern VERSION = Pattern.compile("(?:v|ver|version|rev|revision)? ?(\\d{1,4})(?: 0+)?");

    private final String sheet;
    private final Map<CoverLabel, CoverEntry> entries = new EnumMap<>(CoverLabel.class);

    CoverSheet(String sheet) {
        this.sheet = sheet;
    }

    /** True when a sheet's name is one of the cover names, in any case and with or without accents. */
    static boolean isCoverName(String sheetName) {
        return COVER_NAMES.contains(FoldedText.fold(sheetName));
    }

    static CoverFacts read(WorkbookSource workbook, SheetRef sheet) throws WorkbookException {
        CoverSheet cover = new CoverSheet(sheet.name());
        workbook.readRows(sheet, cover);
        return cover.facts(workbook.uses1904Dates());
    }

    @Override
    public void accept(RawRow row) {
        List<RawCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            Optional<CoverLabel> label = CoverLabel.of(cell.text());
            if (label.isEmpty() || entries.containsKey(label.get())) {
                continue;
            }
            entries.put(label.get(), new CoverEntry(row.rowNumber(), FoldedText.clean(cell.text()),
                    valueBeside(row, cell)));
        }
    }

    /** The cell right of a label; a label merged over several cells is passed over. */
    private static RawCell valueBeside(RawRow row, RawCell label) {
        int column = label.column() + 1;
        Optional<RawCell> next = row.cell(column);
        while (next.isPresent() && next.get().merged() && next.get().kind() == CellKind.TEXT
                && next.get().text().equals(label.text())) {
            column++;
            next = row.cell(column);
        }
        return next.filter(c -> !c.isBlank()).orElse(null);
    }

    CoverFacts facts(boolean uses1904Dates) {
        List<CoverNote> notes = new ArrayList<>();
        CoverEntry period = given(CoverLabel.PERIOD);
        YearMonth month = period == null ? null : CalendarText.month(period.value(), uses1904Dates).orElse(null);
        return new CoverFacts(sheet, given(CoverLabel.COUNTRY), period, month, given(CoverLabel.OPERATION),
                version(notes), submittedOn(uses1904Dates, notes), nil(notes), decimalSeparator(notes),
                contact(), notes);
    }

    private CoverEntry given(CoverLabel label) {
        CoverEntry entry = entries.get(label);
        return entry == null || entry.isEmpty() ? null : entry;
    }

    private Integer version(List<CoverNote> notes) {
        CoverEntry entry = given(CoverLabel.VERSION);
        if (entry == null) {
            return null;
        }
        RawCell value = entry.value();
        if (value.kind() == CellKind.NUMBER && value.number() == Math.rint(value.number()) && value.number() >= 1
                && value.number() <= 9999) {
            return (int) value.number();
        }
        if (value.kind() == CellKind.TEXT) {
            Matcher m = VERSION.matcher(FoldedText.fold(value.text()));
            if (m.matches() && Integer.parseInt(m.group(1)) >= 1) {
                return Integer.parseInt(m.group(1));
            }
        }
        notes.add(note(entry, "COVER_VERSION_UNREADABLE", "The version '" + entry.text() + "' in " + entry.where()
                + " of sheet '" + sheet + "' is not a whole number of 1 or more (e.g. 2 or v2); it was left out"));
        return null;
    }

    private LocalDate submittedOn(boolean uses1904Dates, List<CoverNote> notes) {
        CoverEntry entry = given(CoverLabel.SUBMITTED_ON);
        if (entry == null) {
            return null;
        }
        Optional<LocalDate> date = CalendarText.date(entry.value(), uses1904Dates);
        if (date.isEmpty()) {
            notes.add(note(entry, "COVER_DATE_UNREADABLE", "The date of submission '" + entry.text() + "' in "
                    + entry.where() + " of sheet '" + sheet + "' is not a date; it was left out"));
        }
        return date.orElse(null);
    }

    private boolean nil(List<CoverNote> notes) {
        CoverEntry entry = given(CoverLabel.NIL_RETURN);
        if (entry == null) {
            return false;
        }
        String answer = FoldedText.fold(entry.text());
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        notes.add(note(entry, "COVER_NIL_UNREADABLE", "The nil-return answer '" + entry.text() + "' in "
                + entry.where() + " of sheet '" + sheet + "' is not yes or no; the return is read as not nil"));
        return false;
    }

    private char decimalSeparator(List<CoverNote> notes) {
        CoverEntry entry = given(CoverLabel.DECIMAL_SEPARATOR);
        if (entry == null) {
            return '.';
        }
        String raw = entry.text().replace("\"", "").replace("'", "").strip();
        String word = FoldedText.fold(raw);
        if (raw.equals(",") || COMMA.contains(word)) {
            return ',';
        }
        if (raw.equals(".") || POINT.contains(word)) {
            return '.';
        }
        notes.add(note(entry, "COVER_DECIMAL_UNREADABLE", "The decimal separator '" + entry.text() + "' in "
                + entry.where() + " of sheet '" + sheet + "' is neither '.' nor ','; '.' is used"));
        return '.';
    }

    private String contact() {
        CoverEntry entry = given(CoverLabel.CONTACT);
        return entry == null ? null : entry.text();
    }

    private static CoverNote note(CoverEntry entry, String code, String message) {
        return new CoverNote(entry.rowNumber(), entry.label(), code, message);
    }
}
