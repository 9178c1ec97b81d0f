package org.customs.seizures.reports.yoy;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record in RFC 4180 form: fields separated by commas; a field holding a comma, a
 * double quote, a CR or an LF is enclosed in double quotes, with its quotes doubled; a null
 * field is empty. The record ends with CRLF.
 */
final class CsvRecord {

    private final List<String> fields = new ArrayList<>();

    CsvRecord add(String field) {
        fields.add(field);
        return this;
    }

    String text() {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String quoted(String field) {
        if (field == null) {
            return "";
        }
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\r') >= 0 || field.indexOf('\n') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
