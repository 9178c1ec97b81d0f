package org.customs.seizures.core.workbook;

import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** A namespace-aware SAX reader that refuses DOCTYPE declarations, so entities are never expanded. */
final class SafeXml {

    static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";

    private SafeXml() {
    }

    static XMLReader newReader() throws SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setFeature(DISALLOW_DOCTYPE, true);
            return reader;
        } catch (ParserConfigurationException e) {
            throw new SAXException("no XML parser available", e);
        }
    }
}
