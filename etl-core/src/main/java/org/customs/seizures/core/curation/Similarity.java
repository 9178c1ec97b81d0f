package org.customs.seizures.core.curation;

import org.customs.seizures.core.text.FoldedText;

/**
 * How alike two texts are once folded: 1 - Levenshtein distance / length of the longer text, so
 * 1.0 for the same folded text and 0.0 for texts with nothing in common ({@code Cote d'Ivoire} and
 * {@code cote divoire} score 1 - 1/13).
 */
public final class Similarity {

    private Similarity() {
    }

    public static double of(String a, String b) {
        return ofFolded(FoldedText.fold(a), FoldedText.fold(b));
    }

    /** As {@link #of}, for texts already folded. */
    static double ofFolded(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) {
            return 1.0;
        }
        return 1.0 - (double) levenshtein(a, b) / longer;
    }

    private static int levenshtein(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
