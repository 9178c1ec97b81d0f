package org.customs.seizures.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text folding every match in this project goes through (headers, units, commodities,
 * countries, operations): Unicode NFKC, lower case, accents removed, punctuation to spaces
 * (except {@code ³}, kept for units such as {@code m³}), invisible spaces removed, runs of spaces
 * collapsed, trimmed. See {@code reference/README.md}, "Text folding".
 */
public final class FoldedText {

    private FoldedText() {
    }

    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        // NFKC already turns ³ into 3, so "m³" and "m3" fold alike
        String decomposed = Normalizer.normalize(nfkc.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                continue; // accents
            }
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD') {
                continue; // zero-width and soft hyphen: invisible, not a separator
            }
            if (Character.isLetterOrDigit(c) || c == '³') {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else {
                pendingSpace = true; // whitespace, punctuation, symbols
            }
        }
        return out.toString();
    }

    /** Removes invisible characters and trims all kinds of spaces, keeping case and punctuation. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString().trim().replaceAll(" {2,}", " ");
    }
}
