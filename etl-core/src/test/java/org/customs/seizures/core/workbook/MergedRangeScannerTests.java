package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MergedRangeScannerTests {

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData>"
            + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Case</t></is></c></row></sheetData>%s</worksheet>";

    @Test
    void aSheetWhoseBytesNeverNameMergedCellsHoldsNone() throws IOException {
        assertThat(mayHold(SHEET.formatted(""), StandardCharsets.UTF_8)).isFalse();
        assertThat(mayHold("\uFEFF" + SHEET.formatted(""), StandardCharsets.UTF_8)).isFalse();
    }

    @Test
    void aSheetNamingMergedCellsWithOrWithoutAPrefixMayHoldThem() throws IOException {
        assertThat(mayHold(SHEET.formatted("<mergeCells count=\"1\"><mergeCell ref=\"A1:A2\"/></mergeCells>"),
                StandardCharsets.UTF_8)).isTrue();
        assertThat(mayHold(SHEET.formatted("<x:mergeCells><x:mergeCell ref=\"A1:A2\"/></x:mergeCells>"),
                StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void findsTheNameAcrossReadBuffersAfterLongSheetData() throws IOException {
        // given a name starting just before the scanner's 64 KiB buffer ends
        String padding = "m".repeat(64 * 1024 - 70);
        String xml = SHEET.formatted(padding + "<mergeCell ref=\"A1:A2\"/>");
        // then
        assertThat(mayHold(xml, StandardCharsets.UTF_8)).isTrue();
    }

    @Test
    void findsTheNameWhereverItFallsAcrossReadsOfAnySize() throws IOException {
        for (int chunk : new int[] {1, 3, 8, 9, 4096}) {
            for (int offset = 64 * 1024 - 24; offset < 64 * 1024 + 24; offset++) {
                // given the name at this offset, and a near miss at every offset
                String found = SHEET.formatted("m".repeat(offset) + "<mergeCell ref=\"A1:A2\"/>");
                String missed = SHEET.formatted("m".repeat(offset) + "<mergeCel ref=\"A1:A2\"/>ergeCell");

                // when / then
                assertThat(mayHold(found, chunk)).as("name after %d bytes, reads of %d", offset, chunk).isTrue();
                assertThat(mayHold(missed, chunk)).as("near miss after %d bytes, reads of %d", offset, chunk).isFalse();
            }
        }
    }

    @Test
    void aSheetInAnEncodingThatIsNotAsciiCompatibleIsAlwaysParsed() throws IOException {
        assertThat(mayHold(SHEET.formatted(""), StandardCharsets.UTF_16)).isTrue();
        assertThat(mayHold(SHEET.formatted(""), StandardCharsets.UTF_16LE)).isTrue();
        assertThat(mayHold("", StandardCharsets.UTF_8)).isTrue();
    }

    /** A stream handing out at most {@code chunk} bytes per read, as an inflater may. */
    private static boolean mayHold(String xml, int chunk) throws IOException {
        return MergedRangeScanner.mayHoldMergedRanges(new java.io.FilterInputStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, Math.min(len, chunk));
            }
        });
    }

    private static boolean mayHold(String xml, java.nio.charset.Charset charset) throws IOException {
        return MergedRangeScanner.mayHoldMergedRanges(new ByteArrayInputStream(xml.getBytes(charset)));
    }
}
