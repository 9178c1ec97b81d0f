package org.customs.seizures.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one text folding every match in this project goes through (headers, units, commodities,
 * countries, operations), as {@code reference/README.md} "Text folding" defines it:
 * <ol>
 * <li>Unicode NFKC (full-width letters become ASCII, {@code ³} becomes {@code 3} so that
 *     {@code m³} and {@code m3} fold alike, ligatures such as {@code ﬁ} are split);</li>
 * <li>lower case ({@link Locale#ROOT});</li>
 * <li>accents removed: combining marks after NFD, and the letters with a stroke or ligature that
 *     Unicode does not decompose ({@code œ}→{@code oe}, {@code æ}→{@code ae}, {@code ø}→{@code o},
 *     {@code ß}→{@code ss}, {@code đ}→{@code d}, {@code ł}→{@code l});</li>
 * <li>invisible characters (zero-width spaces and joiners, word joiner, BOM, soft hyphen) removed
 *     without leaving a gap;</li>
 * <li>everything that is not a letter or a digit (spaces of every kind, punctuation, symbols) to a
 *     space; runs of spaces collapsed; trimmed.</li>
 * </ol>
 */
public final class FoldedText {

    private FoldedText() {
    }

    public static String fold(String raw) {
        if (raw == null) {
            return "";
        }
        if (isAscii(raw)) {
            return foldAscii(raw);
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        String decomposed = Normalizer.normalize(nfkc.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingSpace = false;
        int i = 0;
        while (i < decomposed.length()) {
            int cp = decomposed.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || isInvisible(cp)) {
                continue; // accents, and characters that are not there to the eye
            }
            if (Character.isLetterOrDigit(cp)) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                appendWithoutStroke(out, cp);
            } else {
                pendingSpace = true; // whitespace, punctuation, symbols
            }
        }
        return out.toString();
    }

    /**
     * The same steps for text made only of ASCII characters, in one pass: NFKC and NFD leave ASCII as it
     * is, and ASCII holds no accent, stroke letter or invisible character.
     */
    private static String foldAscii(String raw) {
        StringBuilder out = null;
        boolean pendingSpace = false;
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!kept && c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
                kept = true;
            }
            if (!kept) {
                pendingSpace = true;
                continue;
            }
            if (out == null) {
                if (i == 0 && isFoldedAscii(raw)) {
                    return raw; // already folded: nothing to build
                }
                out = new StringBuilder(length);
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ');
            }
            pendingSpace = false;
            out.append(c);
        }
        return out == null ? "" : out.toString();
    }

    /** Lower-case letters and digits in words separated by single spaces, no space at either end. */
    private static boolean isFoldedAscii(String text) {
        int length = text.length();
        if (length == 0 || text.charAt(length - 1) == ' ') {
            return false;
        }
        char previous = ' ';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean kept = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!kept && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return true;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Removes invisible characters and trims all kinds of spaces, keeping case and punctuation. */
    public static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        if (isClean(raw)) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return collapseSpaces(out.toString().trim());
    }

    /**
     * Already what {@link #clean} makes of it: no invisible character, no space but U+0020, none of
     * them doubled, nothing at either end that {@link String#trim} removes.
     */
    private static boolean isClean(String text) {
        int length = text.length();
        if (length == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(length - 1) <= ' ') {
            return false;
        }
        char previous = 'x';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (previous == ' ') {
                    return false;
                }
            } else if (c >= 0x7F || c < ' ') {
                if (isInvisible(c) || Character.isSpaceChar(c) || Character.isWhitespace(c)) {
                    return false;
                }
            }
            previous = c;
        }
        return true;
    }

    /** Runs of two or more U+0020 spaces to one. */
    private static String collapseSpaces(String text) {
        if (!text.contains("  ")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        char previous = 'x';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' || previous != ' ') {
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        return cp == '\u200B' || cp == '\u200C' || cp == '\u200D' || cp == '\u2060' || cp == '\uFEFF'
                || cp == '\u00AD';
    }

    private static void appendWithoutStroke(StringBuilder out, int cp) {
        switch (cp) {
            case 'œ' -> out.append("oe");
            case 'æ' -> out.append("ae");
            case 'ø' -> out.append('o');
            case 'ß' -> out.append("ss");
            case 'đ' -> out.append('d');
            case 'ł' -> out.append('l');
            default -> out.appendCodePoint(cp);
        }
    }
}
