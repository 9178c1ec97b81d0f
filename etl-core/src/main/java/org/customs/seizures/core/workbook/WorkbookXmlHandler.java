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
 * Reads {@code xl/workbook.xml}: the sheet tabs in order (name, visibility, relationship id) and
 * the date system ({@code <workbookPr date1904="1"/>} or {@code "true"}). Works for transitional
 * and Strict files alike, since it looks only at local names.
 */
final class WorkbookXmlHandler extends DefaultHandler {

    /** One {@code <sheet>} entry of the workbook. */
    record SheetEntry(int position, String name, boolean hidden, String relationshipId) {
    }

    private static final String RELATIONSHIPS_NS_SUFFIX = "/relationships";

    private final List<SheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    static WorkbookXmlHandler read(InputStream workbookXml) throws IOException, SAXException {
        WorkbookXmlHandler handler = new WorkbookXmlHandler();
        XMLReader reader = SafeXml.newReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(workbookXml));
        return handler;
    }

    List<SheetEntry> sheets() {
        return List.copyOf(sheets);
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        if ("workbookPr".equals(localName)) {
            String flag = atts.getValue("date1904");
            date1904 = flag != null && ("1".equals(flag.trim()) || "true".equalsIgnoreCase(flag.trim()));
        } else if ("sheet".equals(localName)) {
            String state = atts.getValue("state");
            boolean hidden = "hidden".equals(state) || "veryHidden".equals(state);
            sheets.add(new SheetEntry(sheets.size(), atts.getValue("name"), hidden, relationshipId(atts)));
        }
    }

    private static String relationshipId(Attributes atts) {
        for (int i = 0; i < atts.getLength(); i++) {
            if ("id".equals(atts.getLocalName(i)) && atts.getURI(i).endsWith(RELATIONSHIPS_NS_SUFFIX)) {
                return atts.getValue(i);
            }
        }
        return null;
    }
}
