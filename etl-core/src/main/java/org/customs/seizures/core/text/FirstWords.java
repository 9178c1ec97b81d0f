package org.customs.seizures.core.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The first words of a set of folded texts, to tell without folding that a raw text can neither fold
 * to one of them nor start with one of them: a text whose {@link FoldedText#fold folded} first word is
 * none of these words. The test reads only the start of the raw text's first word, as far as it is
 * written in ASCII (with ASCII before it): NFKC and accent removal leave such letters as they are, so
 * their lower case is the folded first word, or, when a character beyond ASCII follows them (an
 * accent, a letter NFKC turns into ASCII, an invisible character), the start of it. A text that
 * starts with a character beyond ASCII is answered "may": the caller folds and looks, as it would
 * have without this test.
 */
public final class FirstWords {

    /** Candidate words by their first ASCII character; words that do not start with one never match raw ASCII. */
    private final String[][] byFirstChar = new String[128][];
    /** Whether a text folding to nothing (no letter or digit) may match: one of the texts folds to nothing. */
    private final boolean emptyText;

    private FirstWords(Set<String> words, boolean emptyText) {
        List<List<String>> buckets = new ArrayList<>(128);
        for (int i = 0; i < 128; i++) {
            buckets.add(new ArrayList<>());
        }
        for (String word : words) {
            char first = word.charAt(0);
            if (first < 128) {
                buckets.get(first).add(word);
            }
        }
        for (int i = 0; i < 128; i++) {
            byFirstChar[i] = buckets.get(i).toArray(new String[0]);
        }
        this.emptyText = emptyText;
    }

    /** The first words of these texts, each already folded ({@link FoldedText#fold}). */
    public static FirstWords of(Collection<String> foldedTexts) {
        Set<String> words = new LinkedHashSet<>();
        boolean empty = false;
        for (String text : foldedTexts) {
            int space = text.indexOf(' ');
            String word = space < 0 ? text : text.substring(0, space);
            if (word.isEmpty()) {
                empty = true;
            } else {
                words.add(word);
            }
        }
        return new FirstWords(words, empty);
    }

    /**
     * False only when the folded first word of {@code raw} is certainly none of the words (so
     * {@code raw} folds to none of the texts and starts with none of them); true otherwise.
     */
    public boolean mayStart(String raw) {
        if (raw == null) {
            return emptyText;
        }
        int length = raw.length();
        int i = 0;
        while (i < length) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                return true; // NFKC, accents or an invisible character: only folding tells
            }
            if (isAsciiLetterOrDigit(c)) {
                break;
            }
            i++;
        }
        if (i == length) {
            return emptyText; // no letter or digit at all: folds to nothing
        }
        int start = i;
        while (i < length) {
            char c = raw.charAt(i);
            if (c >= 0x80) {
                // an accent, a letter NFKC makes ASCII, an invisible character or a space: the folded word
                // starts with the ASCII letters read so far
                return containsWordStartingWith(raw, start, i);
            }
            if (!isAsciiLetterOrDigit(c)) {
                break;
            }
            i++;
        }
        return contains(raw, start, i);
    }

    private boolean contains(String raw, int start, int end) {
        int wordLength = end - start;
        for (String candidate : byFirstChar[lower(raw.charAt(start))]) {
            if (candidate.length() == wordLength && startsWithLowerCase(candidate, raw, start, end)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsWordStartingWith(String raw, int start, int end) {
        int prefixLength = end - start;
        for (String candidate : byFirstChar[lower(raw.charAt(start))]) {
            if (candidate.length() >= prefixLength && startsWithLowerCase(candidate, raw, start, end)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word starts with the lower case of {@code raw} from start to end (ASCII letters and digits). */
    private static boolean startsWithLowerCase(String word, String raw, int start, int end) {
        for (int k = 0; k < end - start; k++) {
            if (lower(raw.charAt(start + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }
}
