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
