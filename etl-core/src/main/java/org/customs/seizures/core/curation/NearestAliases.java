package org.customs.seizures.core.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.customs.seizures.core.text.FoldedText;

/**
 * The known aliases most like a text that was not recognised, to suggest which code to give it
 * ({@code ./seizures unmapped}, {@code ./seizures explain}). Texts are compared folded
 * ({@link Similarity}); ties go to the alias closest in length, then to the alias first in alphabetical order,
 * so the answer never depends on the order of the reference files.
 */
public final class NearestAliases {

    private static final Comparator<NearAlias> BEST_FIRST = Comparator
            .comparingDouble(NearAlias::score).reversed()
            .thenComparingInt(NearAlias::lengthGap)
            .thenComparing(NearAlias::alias);

    private final Map<String, String> codeByAlias;

    /** @param codeByAlias folded alias → the code it names */
    public NearestAliases(Map<String, String> codeByAlias) {
        this.codeByAlias = Map.copyOf(codeByAlias);
    }

    /** The {@code count} aliases most like the text, best first. */
    public List<NearAlias> nearest(String raw, int count) {
        String folded = FoldedText.fold(raw);
        List<NearAlias> all = new ArrayList<>(codeByAlias.size());
        codeByAlias.forEach((alias, code) -> all.add(new NearAlias(alias, code, Similarity.ofFolded(folded, alias),
                Math.abs(alias.length() - folded.length()))));
        all.sort(BEST_FIRST);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    /**
     * @param alias     the folded alias
     * @param code      the code it names
     * @param score     its similarity to the text, 0 to 1
     * @param lengthGap how many characters longer or shorter it is than the folded text
     */
    public record NearAlias(String alias, String code, double score, int lengthGap) {

        /** {@code "ivory tusks" → IVORY_RAW (0.83)} */
        public String describe() {
            return "'" + alias + "' → " + code + " (" + String.format(java.util.Locale.ROOT, "%.2f", score) + ")";
        }
    }
}
