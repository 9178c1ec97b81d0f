package org.customs.seizures.core.workbook;

import org.xml.sax.SAXException;

/** A cell holds far more text than Excel itself allows: a crafted file, refused as unsafe. */
final class OversizedCellException extends SAXException {

    OversizedCellException(String cellReference, int limit) {
        super("cell " + cellReference + " holds more than " + limit + " characters");
    }
}
