package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads from {@code xl/styles.xml} only what {@link CellStyles} needs: the workbook's own number formats
 * ({@code numFmts/numFmt}) and each cell style's number format ({@code cellXfs/xf}), with a plain SAX pass
 * instead of POI's {@code StylesTable} (whose XML binding costs far more, most of it on the first workbook
 * of a process). It keeps that binding's rules: the root must be the transitional {@code styleSheet}, only
 * the first {@code numFmts} and {@code cellXfs} count, and only their own children.
 */
final class StylesXml extends DefaultHandler {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final Map<Short, String> formatCodes = new HashMap<>();
    private final List<CellStyles.Xf> xfs = new ArrayList<>();
    private int depth;
    private boolean inNumFmts;
    private boolean inCellXfs;
    private boolean numFmtsSeen;
    private boolean cellXfsSeen;

    private StylesXml() {
    }

    static CellStyles read(InputStream stylesXml) throws IOException, SAXException {
        StylesXml handler = new StylesXml();
        XMLReader reader = SafeXml.newReader();
        reader.setContentHandler(handler);
        reader.parse(new InputSource(stylesXml));
        return new CellStyles(handler.formatCodes, handler.xfs);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        depth++;
        boolean main = MAIN_NS.equals(uri);
        if (depth == 1) {
            if (!main || !"styleSheet".equals(localName)) {
                throw new SAXException("the styles part is not a styleSheet (its root element is {" + uri + "}"
                        + localName + ")");
            }
        } else if (depth == 2) {
            if (main && "numFmts".equals(localName) && !numFmtsSeen) {
                numFmtsSeen = true;
                inNumFmts = true;
            } else if (main && "cellXfs".equals(localName) && !cellXfsSeen) {
                cellXfsSeen = true;
                inCellXfs = true;
            }
        } else if (depth == 3 && main) {
            if (inNumFmts && "numFmt".equals(localName)) {
                numberFormat(atts);
            } else if (inCellXfs && "xf".equals(localName)) {
                xfs.add(new CellStyles.Xf(atts.getValue("", "numFmtId"), atts.getValue("", "xfId")));
            }
        }
    }

    private void numberFormat(Attributes atts) throws SAXException {
        String id = atts.getValue("", "numFmtId");
        Long parsed = XmlLong.parse(id, 0);
        if (parsed == null) {
            throw new SAXException("the styles part has a number format whose id '" + id + "' is not a number");
        }
        formatCodes.put((short) parsed.longValue(), atts.getValue("", "formatCode"));
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (depth == 2) {
            inNumFmts = false;
            inCellXfs = false;
        }
        depth--;
    }
}
