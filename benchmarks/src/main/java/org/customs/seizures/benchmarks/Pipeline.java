package org.customs.seizures.benchmarks;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.operations.OperationCatalogue;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.returns.ReturnListener;
import org.customs.seizures.core.returns.ReturnReader;
import org.customs.seizures.core.returns.SkipReason;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.core.workbook.SheetRef;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.core.workbook.WorkbookSource;

/**
 * The reading half of ingest, wired as {@code IngestReturnsJobConfiguration} wires it: the streaming
 * reader alone ({@link #rows}), and the reader with header recognition and per-line validation
 * ({@link #readAndValidate}). Thread-safe: each call opens its own workbook.
 */
final class Pipeline {

    private final WorkbookOpener opener = new WorkbookOpener(WorkbookLimits.defaults());
    private final ReturnReader reader;
    private final LineValidator validator;

    Pipeline() {
        CountryResolver countries = CountryResolver.fromClasspath();
        OperationCatalogue operations = OperationCatalogue.fromClasspath();
        org.customs.seizures.core.units.UnitCatalogue units = org.customs.seizures.core.units.UnitCatalogue.fromClasspath();
        reader = new ReturnReader(HeaderSynonyms.fromClasspath(),
                raw -> countries.resolve(raw).map(c -> c.iso3()),
                raw -> operations.resolve(raw).map(o -> o.code()),
                raw -> units.resolve(raw).map(u -> u.code()));
        validator = new LineValidator(units, CommodityClassifier.fromClasspath(), countries, Clock.systemDefaultZone());
    }

    /** Every row of every sheet through the streaming reader; returns the rows. */
    long rows(Path file) throws Exception {
        long rows = 0;
        try (WorkbookSource workbook = opener.open(file)) {
            AtomicLong count = new AtomicLong();
            for (SheetRef sheet : workbook.sheets()) {
                workbook.readRows(sheet, (RawRow row) -> count.addAndGet(row.cells().isEmpty() ? 0 : 1));
            }
            rows = count.get();
        }
        return rows;
    }

    /** The return read and every line validated; returns the lines read (valid and rejected). */
    long readAndValidate(Path file) throws Exception {
        Counting listener = new Counting();
        try (WorkbookSource workbook = opener.open(file)) {
            reader.read(file.getFileName().toString(), workbook, listener);
        }
        if (listener.loaded == 0) {
            throw new IllegalStateException(file + ": no line was valid - the benchmark measures nothing");
        }
        return listener.loaded + listener.rejected;
    }

    private final class Counting implements ReturnListener {
        private ReturnIdentity identity;
        long loaded;
        long rejected;

        @Override
        public void identified(ReturnIdentity value) {
            identity = value;
        }

        @Override
        public void line(ReturnLine line) {
            LineOutcome outcome = validator.validate(line, identity);
            if (outcome instanceof LineOutcome.Loaded) {
                loaded++;
            } else {
                rejected++;
            }
        }

        @Override
        public void skipped(String sheet, int rowNumber, SkipReason reason) {
        }

        @Override
        public void warning(String sheet, int rowNumber, String column, String code, String message) {
        }
    }
}
