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

    private final List<MergedRange> ranges = new ArrayList<>();

    private static final byte[] ELEMENT_NAME = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /**
     * Whether a sheet's XML may hold merged ranges, from its bytes alone: false only when it is in an
     * ASCII-compatible encoding (its first character, after an optional UTF-8 byte order mark, is a
     * one-byte {@code <}) and the bytes {@code mergeCell} appear nowhere in it, so that no element of
     * that name can be there. Much cheaper than {@link #scan}, which parses the whole sheet a first time.
     */
    static boolean mayHoldMergedRanges(InputStream sheetXml) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        int read = sheetXml.readNBytes(buffer, 0, 5);
        int first = read >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
                && (buffer[2] & 0xFF) == 0xBF ? 3 : 0;
        if (read < first + 2 || buffer[first] != '<' || buffer[first + 1] == 0) {
            return true; // another encoding (UTF-16, UTF-32...) or too short to tell: parse it
        }
        int matched = 0;
        int length = read;
        do {
            for (int i = 0; i < length; i++) {
                byte b = buffer[i];
                if (b == ELEMENT_NAME[matched]) {
                    if (++matched == ELEMENT_NAME.length) {
                        return true;
                    }
                } else {
                    matched = b == ELEMENT_NAME[0] ? 1 : 0; // 'm' occurs once in the name
                }
            }
            length = sheetXml.read(buffer);
        } while (length >= 0);
        return false;
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
