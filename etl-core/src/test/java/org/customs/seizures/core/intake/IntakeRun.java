package org.customs.seizures.core.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.lines.LineFault;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.lines.SeizureLine;
import org.customs.seizures.core.operations.OperationCatalogue;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.returns.ReturnListener;
import org.customs.seizures.core.returns.ReturnReader;
import org.customs.seizures.core.returns.SkipReason;
import org.customs.seizures.core.units.UnitCatalogue;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.core.workbook.WorkbookSource;

/**
 * One return through the real intake pipeline — {@link WorkbookOpener}, {@link ReturnReader}, {@link LineValidator}
 * wired with the classpath catalogues as the ingest job wires them — with what came out, sheet by sheet: the rows the
 * workbook handed over after each header, and the lines loaded, rejected and skipped.
 */
final class IntakeRun implements ReturnListener {

    /** Long after every fixture's submission date, so "after today" never fires by accident. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-15T10:00:00Z"), ZoneOffset.UTC);
    private static final CountryResolver COUNTRIES = CountryResolver.fromClasspath();
    private static final OperationCatalogue OPERATIONS = OperationCatalogue.fromClasspath();
    private static final UnitCatalogue UNITS = UnitCatalogue.fromClasspath();
    private static final ReturnReader READER = new ReturnReader(HeaderSynonyms.fromClasspath(),
            raw -> COUNTRIES.resolve(raw).map(c -> c.iso3()),
            raw -> OPERATIONS.resolve(raw).map(o -> o.code()),
            raw -> UNITS.resolve(raw).map(u -> u.code()));
    private static final LineValidator VALIDATOR = new LineValidator(UNITS, CommodityClassifier.fromClasspath(),
            COUNTRIES, CLOCK);
    private static final WorkbookOpener OPENER = new WorkbookOpener(WorkbookLimits.defaults());

    /** A rejected line: where it is and why. */
    record Rejection(String sheet, int rowNumber, List<LineFault> faults) {
    }

    /** A skipped row. */
    record Skip(String sheet, int rowNumber, SkipReason reason) {
    }

    /** A warning about the return (not about one line's validation). */
    record Warning(String sheet, int rowNumber, String column, String code, String message) {
    }

    /** What one seizure sheet gave. */
    static final class SheetTally {
        int headerRowNumber;
        final List<Integer> rowsHandedOver = new ArrayList<>();
        final List<SeizureLine> loaded = new ArrayList<>();
        final List<Rejection> rejected = new ArrayList<>();
        final List<Skip> skipped = new ArrayList<>();

        /** The rows the workbook handed over below the header: every one must end loaded, rejected or skipped. */
        long rowsRead() {
            return rowsHandedOver.stream().filter(r -> r > headerRowNumber).count();
        }

        int accountedFor() {
            return loaded.size() + rejected.size() + skipped.size();
        }
    }

    private ReturnIdentity identity;
    private final Map<String, SheetTally> seizureSheets = new LinkedHashMap<>();
    private final Map<String, List<Integer>> rowsBySheet = new LinkedHashMap<>();
    private final List<String> otherSheets = new ArrayList<>();
    private final List<String> unknownColumns = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    private IntakeRun() {
    }

    /** Opens, reads and validates the file under its own name. */
    static IntakeRun of(Path file) throws WorkbookException {
        IntakeRun run = new IntakeRun();
        try (WorkbookSource workbook = OPENER.open(file)) {
            READER.read(file.getFileName().toString(), run.counting(workbook), run);
        }
        run.seizureSheets.forEach((name, tally) -> tally.rowsHandedOver.addAll(
                run.rowsBySheet.getOrDefault(name, List.of())));
        return run;
    }

    ReturnIdentity identity() {
        return identity;
    }

    Map<String, SheetTally> seizureSheets() {
        return seizureSheets;
    }

    SheetTally sheet(String name) {
        SheetTally tally = seizureSheets.get(name);
        if (tally == null) {
            throw new AssertionError("no seizure sheet '" + name + "'; seizure sheets: " + seizureSheets.keySet()
                    + ", other sheets: " + otherSheets);
        }
        return tally;
    }

    List<String> otherSheets() {
        return otherSheets;
    }

    List<String> unknownColumns() {
        return unknownColumns;
    }

    List<Warning> warnings() {
        return warnings;
    }

    List<SeizureLine> loaded() {
        return seizureSheets.values().stream().flatMap(t -> t.loaded.stream()).toList();
    }

    List<Rejection> rejected() {
        return seizureSheets.values().stream().flatMap(t -> t.rejected.stream()).toList();
    }

    Optional<SeizureLine> loadedAt(String sheet, int rowNumber) {
        return sheet(sheet).loaded.stream().filter(l -> l.rowNumber() == rowNumber).findFirst();
    }

    Optional<Rejection> rejectedAt(String sheet, int rowNumber) {
        return sheet(sheet).rejected.stream().filter(r -> r.rowNumber() == rowNumber).findFirst();
    }

    @Override
    public void identified(ReturnIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void seizureSheet(String sheet, int headerRowNumber, Map<Field, String> headers) {
        seizureSheets.computeIfAbsent(sheet, s -> new SheetTally()).headerRowNumber = headerRowNumber;
    }

    @Override
    public void otherSheet(String sheet, String why) {
        otherSheets.add(sheet);
    }

    @Override
    public void unknownColumn(String sheet, int rowNumber, String column, String header) {
        unknownColumns.add(header);
    }

    @Override
    public void line(ReturnLine line) {
        LineOutcome outcome = VALIDATOR.validate(line, identity);
        SheetTally tally = sheet(line.sheet());
        if (outcome instanceof LineOutcome.Loaded loaded) {
            tally.loaded.add(loaded.line());
        } else if (outcome instanceof LineOutcome.Rejected rejected) {
            tally.rejected.add(new Rejection(line.sheet(), line.rowNumber(), rejected.faults()));
        }
    }

    @Override
    public void skipped(String sheet, int rowNumber, SkipReason reason) {
        sheet(sheet).skipped.add(new Skip(sheet, rowNumber, reason));
    }

    @Override
    public void warning(String sheet, int rowNumber, String column, String code, String message) {
        warnings.add(new Warning(sheet, rowNumber, column, code, message));
    }

    /** The workbook, noting every row it hands over, by sheet. */
    private WorkbookSource counting(WorkbookSource workbook) {
        return new WorkbookSource() {
            @Override
            public List<SheetRef> sheets() {
                return workbook.sheets();
            }

            @Override
            public boolean uses1904Dates() {
                return workbook.uses1904Dates();
            }

            @Override
            public void readRows(SheetRef sheet, Consumer<RawRow> rows) throws WorkbookException {
                List<Integer> handed = rowsBySheet.computeIfAbsent(sheet.name(), s -> new ArrayList<>());
                workbook.readRows(sheet, row -> {
                    handed.add(row.rowNumber());
                    rows.accept(row);
                });
            }

            @Override
            public void close() {
                workbook.close();
            }
        };
    }
}
