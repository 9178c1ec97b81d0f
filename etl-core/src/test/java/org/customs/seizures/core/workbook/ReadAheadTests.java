package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTests {

    @TempDir
    Path dir;

    @Test
    void theCallerTakesEveryRowInOrderOnItsOwnThread() throws Exception {
        // given
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();

        // when
        ReadAhead.rows("test-parser", rows -> emit(rows, 5_000), row -> {
            seen.add(row.rowNumber());
            threads.add(Thread.currentThread());
        });

        // then
        assertThat(seen).hasSize(5_000).isSorted().startsWith(1).endsWith(5_000);
        assertThat(threads).containsOnly(caller);
    }

    @Test
    void theCallersOwnExceptionReachesItUnchangedAndStopsTheParse() throws Exception {
        // given: a parse that would never end by itself
        IllegalStateException own = new IllegalStateException("the caller's own failure");
        CountDownLatch parseEnded = new CountDownLatch(1);
        ReadAhead.SheetParse endless = rows -> {
            try {
                for (int n = 1; ; n++) {
                    rows.accept(new RawRow(n, List.of()));
                }
            } finally {
                parseEnded.countDown();
            }
        };

        // when / then
        assertThatThrownBy(() -> ReadAhead.rows("test-parser", endless, row -> {
            if (row.rowNumber() == 700) {
                throw own;
            }
        })).isSameAs(own);
        assertThat(parseEnded.await(5, TimeUnit.SECONDS)).as("the parse stopped").isTrue();
    }

    @Test
    void aFaultOfTheFileArrivesAfterTheRowsBeforeIt() {
        // given
        WorkbookException fault = new WorkbookException(FileFault.FILE_CORRUPT, "broken at row 601");
        List<Integer> seen = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> ReadAhead.rows("test-parser", rows -> {
            emit(rows, 600);
            throw fault;
        }, row -> seen.add(row.rowNumber()))).isSameAs(fault);
        assertThat(seen).hasSize(600).endsWith(600);
    }

    @Test
    void aSheetReadAheadGivesTheRowsOfASheetReadOnOneThread() throws Exception {
        // given: a return of 3,000 lines
        Path file = new ReturnWorkbookWriter(LayoutOptions.plain()).writeInto(dir,
                new FixtureReturns(11).monthlyReturn("KEN", YearMonth.of(2019, 6), Language.EN, 3_000)).file();

        // when
        List<RawRow> direct = rows(XlsxWorkbookSource.open(file, "direct.xlsx", Long.MAX_VALUE));
        List<RawRow> readAhead = rows(XlsxWorkbookSource.open(file, "ahead.xlsx", 0));

        // then
        assertThat(direct).hasSizeGreaterThan(3_000);
        assertThat(readAhead).isEqualTo(direct);
    }

    private static List<RawRow> rows(XlsxWorkbookSource source) throws WorkbookException {
        try (source) {
            List<RawRow> rows = new ArrayList<>();
            for (SheetRef sheet : source.sheets()) {
                source.readRows(sheet, rows::add);
            }
            return rows;
        }
    }

    private static void emit(Consumer<RawRow> rows, int count) {
        for (int n = 1; n <= count; n++) {
            rows.accept(new RawRow(n, List.of()));
        }
    }
}
