package org.customs.seizures.core.workbook;

import java.util.Arrays;
import org.apache.poi.xssf.model.SharedStrings;

/**
 * The text of each shared string of an .xlsx, as POI gives it ({@code getItemAt(i).getString()}: rich-text
 * runs joined, phonetic runs left out, {@code _xHHHH_} escapes decoded), worked out once per string instead
 * of once per cell: POI builds a rich-text object and decodes the escapes again on every call. Used by one
 * sheet parse at a time.
 */
final class SharedTexts {

    private final SharedStrings strings;
    private String[] texts = new String[64];

    /** @param strings the workbook's shared strings table, or null when it has none */
    SharedTexts(SharedStrings strings) {
        this.strings = strings;
    }

    /**
     * The text of the shared string at this index; fails (as POI does) when the workbook holds no such string.
     */
    String at(int index) {
        if (strings == null) {
            throw new IndexOutOfBoundsException("the workbook holds no shared strings");
        }
        if (index < texts.length && texts[index] != null) {
            return texts[index];
        }
        String text = strings.getItemAt(index).getString();
        if (index >= texts.length) {
            texts = Arrays.copyOf(texts, Math.max(index + 1, Math.min(texts.length * 2, Integer.MAX_VALUE - 8)));
        }
        texts[index] = text;
        return text;
    }
}
