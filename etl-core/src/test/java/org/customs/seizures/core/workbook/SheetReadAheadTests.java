package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet parsed on a second thread (read ahead) reads as one parsed on the caller's thread; the hand-off
 * itself is tested in {@code HandOffTests}.
 */
class SheetReadAheadTests {

    /** Read ahead from the first byte. */
    private static final long ALWAYS = 0;
    /** Never read ahead. */
    private static final long NEVER = Long.MAX_VALUE;

    @TempDir
    Path dir;

    @Test
    void aSheetReadAheadGivesTheRowsOfASheetReadOnOneThread() throws Exception {
        // given: a return of 3,000 lines
        Path file = new ReturnWorkbookWriter(LayoutOptions.plain()).writeInto(dir,
                new FixtureReturns(11).monthlyReturn("KEN", YearMonth.of(2019, 6), Language.EN, 3_000)).file();

        // when
        List<RawRow> direct = rows(XlsxWorkbookSource.open(file, "direct.xlsx", NEVER));
        List<RawRow> readAhead = rows(XlsxWorkbookSource.open(file, "ahead.xlsx", ALWAYS));

        // then
        assertThat(direct).hasSizeGreaterThan(3_000);
        assertThat(readAhead).isEqualTo(direct);
    }

    @Test
    void theCallersOwnExceptionReachesItUnchangedFromASheetReadAhead() throws Exception {
        // given
        Path file = new HandWrittenXlsx().sheet("S", numberRows(2_000)).writeTo(dir.resolve("numbers.xlsx"));
        IllegalStateException callers = new IllegalStateException("caller stopped");

        // when / then
        try (XlsxWorkbookSource source = XlsxWorkbookSource.open(file, "numbers.xlsx", ALWAYS)) {
            assertThatThrownBy(() -> source.readRows(source.sheets().get(0), row -> {
                if (row.rowNumber() == 700) {
                    throw callers;
                }
            })).isSameAs(callers);
        }
    }

    @Test
    void aFaultOfTheSheetArrivesAfterItsRowsBeforeTheFaultAsOnOneThread() throws Exception {
        // given: 1,500 good rows, then broken markup
        Path file = new HandWrittenXlsx().sheet("S", numberRows(1_500) + "<row r=\"1501\"><c r=\"A1501\"><v>1</c></row>")
                .writeTo(dir.resolve("broken.xlsx"));
        List<RawRow> direct = new ArrayList<>();
        List<RawRow> readAhead = new ArrayList<>();

        // when
        WorkbookException directFault = faultOf(file, NEVER, direct);
        WorkbookException readAheadFault = faultOf(file, ALWAYS, readAhead);

        // then
        assertThat(readAheadFault.fault()).isEqualTo(directFault.fault());
        assertThat(readAheadFault.getMessage()).isEqualTo(directFault.getMessage());
        assertThat(readAhead).hasSize(1_500).isEqualTo(direct);
    }

    private static WorkbookException faultOf(Path file, long readAheadBytes, List<RawRow> rows) throws Exception {
        try (XlsxWorkbookSource source = XlsxWorkbookSource.open(file, "broken.xlsx", readAheadBytes)) {
            source.readRows(source.sheets().get(0), rows::add);
        } catch (WorkbookException fault) {
            return fault;
        }
        throw new AssertionError("the broken sheet was read without a fault");
    }

    private static String numberRows(int count) {
        StringBuilder xml = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            xml.append("<row r=\"").append(n).append("\"><c r=\"A").append(n).append("\"><v>").append(n)
                    .append("</v></c></row>");
        }
        return xml.toString();
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
}
