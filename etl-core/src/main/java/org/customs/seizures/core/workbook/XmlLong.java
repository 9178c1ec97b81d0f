package org.customs.seizures.core.workbook;

/** An integer attribute of a workbook part read as POI's XML binding reads it: blanks around it allowed, a sign allowed. */
final class XmlLong {

    private XmlLong() {
    }

    /** The value, {@code absent} when there is no attribute, null when it is not an integer that fits in a long. */
    static Long parse(String value, long absent) {
        if (value == null) {
            return absent;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException notAnInteger) {
            return null;
        }
    }
}
