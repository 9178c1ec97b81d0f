package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A cheap first pass over a sheet's XML that learns only its merged ranges: in the file,
 * {@code <mergeCells>} comes after {@code <sheetData>}, too late for a single streaming pass.
 */
final class MergedRangeScanner extends DefaultHandler {

    private static final byte[] ELEMENT_NAME = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private final List<MergedRange> ranges = new ArrayList<>();

    /** How far the search may move on past each byte value: Horspool's table for {@link #ELEMENT_NAME}. */
    private static final int[] SKIP = skipTable();

    /**
     * Whether a sheet's XML may hold merged ranges, from its bytes alone: false only when it is in an
     * ASCII-compatible encoding (its first character, after an optional UTF-8 byte order mark, is a
     * one-byte {@code <}) and the bytes {@code mergeCell} appear nowhere in it, so that no element of
     * that name can be there. Much cheaper than {@link #scan}, which parses the whole sheet a first time:
     * the bytes are searched Boyer-Moore-Horspool style, most of them never looked at.
     */
    static boolean mayHoldMergedRanges(InputStream sheetXml) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int read = sheetXml.readNBytes(buffer, 0, 5);
        int first = read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
        if (read < first + 2 || buffer[first] != '<' || buffer[first + 1] == 0) {
            return true; // another encoding (UTF-16, UTF-32...) or too short to tell: parse it
        }
        int filled = read;
        while (true) {
            if (holdsName(buffer, filled)) {
                return true;
            }
            // the last bytes may begin the name: keep them in front of the next ones
            int kept = Math.min(filled, ELEMENT_NAME.length - 1);
            System.arraycopy(buffer, filled - kept, buffer, 0, kept);
            int more = sheetXml.read(buffer, kept, buffer.length - kept);
            if (more < 0) {
                return false;
            }
            filled = kept + more;
        }
    }

    private static boolean holdsName(byte[] bytes, int length) {
        int last = ELEMENT_NAME.length - 1;
        int at = 0;
        while (at + last < length) {
            int i = last;
            while (bytes[at + i] == ELEMENT_NAME[i]) {
                if (i == 0) {
                    return true;
                }
                i--;
            }
            at += SKIP[bytes[at + last] & 0xFF];
        }
        return false;
    }

    private static int[] skipTable() {
        int[] skip = new int[256];
        java.util.Arrays.fill(skip, ELEMENT_NAME.length);
        for (int i = 0; i < ELEMENT_NAME.length - 1; i++) {
            skip[ELEMENT_NAME[i] & 0xFF] = ELEMENT_NAME.length - 1 - i;
        }
        return skip;
    }

    static MergedRanges scan(InputStream sheetXml) throws IOException, SAXException {
        MergedRangeScanner scanner = new MergedRangeScanner();
        XMLReader reader = SafeXml.newReader();
        reader.setContentHandler(scanner);
        reader.parse(new InputSource(sheetXml));
        return scanner.ranges.isEmpty() ? MergedRanges.NONE : new MergedRanges(scanner.ranges);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("mergeCell".equals(localName)) {
            MergedRange range = MergedRange.parse(attributes.getValue("ref"));
            if (range != null) {
                ranges.add(range);
            }
        }
    }
}
