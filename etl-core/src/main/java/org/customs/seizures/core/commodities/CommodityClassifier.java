package org.customs.seizures.core.commodities;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.customs.seizures.core.lines.ClassifiedBy;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.text.TextMemo;

/**
 * Classifies a commodity text (and HS code, when given) into the taxonomy of {@code commodities.csv},
 * following {@code reference/README.md} "Commodities". Texts are folded ({@link FoldedText}) first.
 * <ol>
 * <li><b>Exact alias</b>: the whole text is an alias of {@code commodity-aliases.csv}.</li>
 * <li><b>Contained alias</b>: the longest alias (in words) found as a run of whole words inside the text
 *     ({@code raw ivory tusks in 3 crates} → {@code IVORY_RAW}). Between aliases of the same word count
 *     the <em>leftmost</em> occurrence in the text wins ({@code tiger bones and rhino horn} →
 *     {@code BIG_CAT_PARTS}). When alias rows give the same folded text to two commodities, the first row
 *     wins (put override rows first).</li>
 * <li><b>HS code</b>: its digits (dots and spaces dropped; an HS 2017 code whose goods moved in HS 2022
 *     read as its successor, {@link #HS2017_MOVED_TO_HS2022}) are compared with each commodity's
 *     {@code hs_heading} digits; the longest common prefix of at least 4 digits wins; between equal
 *     prefixes the commodity listed first in {@code commodities.csv} wins ({@code 0507.10} →
 *     {@code IVORY_RAW} rather than {@code IVORY_UNSPECIFIED}).</li>
 * <li>Otherwise {@code UNCLASSIFIED}; the caller keeps the raw text.</li>
 * </ol>
 * When the text decided and the HS code points to a commodity of another domain, the text wins and the
 * classification carries a warning.
 */
public final class CommodityClassifier {

    static final String UNCLASSIFIED = "UNCLASSIFIED";
    private static final int MIN_HS_PREFIX = 4;

    /**
     * HS 2017 subheadings whose goods HS 2022 moved to a new heading that {@code commodities.csv} uses
     * (WCO correlation table HS 2017-2022): waste batteries went from 8548.10 to 8549.1x. Such an
     * HS 2017 code is read as its HS 2022 successor before the prefix comparison, so returns in either
     * edition classify alike.
     */
    static final Map<String, String> HS2017_MOVED_TO_HS2022 = Map.of("854810", "854911");

    private final Map<String, Commodity> byCode;
    private final Map<String, Commodity> byAlias;
    private final Map<String, String> sourceByAlias;
    private final int longestAliasWords;
    private final Commodity unclassified;
    private final Classification unclassifiedByNothing;
    /** What each commodity text decides alone: a return repeats the same few texts on every line. */
    private final TextMemo<TextDecision> textDecisions = new TextMemo<>(this::decideByText, 4096, 300);
    /** The commodity each HS code points to alone. */
    private final TextMemo<Optional<Commodity>> hsDecisions =
            new TextMemo<>(hsCode -> byHsCode(hsCode).map(HsMatch::commodity), 1024, 100);

    /**
     * @param commodityRows rows with the columns of {@code commodities.csv}; must include {@code UNCLASSIFIED}
     * @param aliasRows     rows with the columns of {@code commodity-aliases.csv} (alias, commodity_code);
     *                      earlier rows win over later rows with the same folded alias; a row may name where
     *                      it comes from in a {@code source} column (an override file and line)
     */
    public CommodityClassifier(List<Map<String, String>> commodityRows, List<Map<String, String>> aliasRows) {
        Map<String, Commodity> commodities = new LinkedHashMap<>();
        for (Map<String, String> row : commodityRows) {
            Commodity commodity = commodity(row);
            commodities.putIfAbsent(commodity.code(), commodity);
        }
        this.unclassified = commodities.get(UNCLASSIFIED);
        if (unclassified == null) {
            throw new IllegalArgumentException("The commodity list has no " + UNCLASSIFIED + " entry");
        }
        this.unclassifiedByNothing = new Classification(unclassified, ClassifiedBy.UNCLASSIFIED, null);
        Map<String, Commodity> aliases = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        int longest = 0;
        for (Map<String, String> row : aliasRows) {
            String code = ReferenceCsv.required(row, "commodity_code");
            Commodity commodity = commodities.get(code);
            if (commodity == null) {
                throw new IllegalArgumentException("Commodity alias '" + row.get("alias") + "' names code " + code
                        + ", which is not in the commodity list");
            }
            String folded = FoldedText.fold(ReferenceCsv.required(row, "alias"));
            if (!folded.isEmpty() && aliases.putIfAbsent(folded, commodity) == null) {
                longest = Math.max(longest, folded.split(" ").length);
                String source = row.getOrDefault("source", "");
                sources.put(folded, source.isEmpty() ? "commodity-aliases.csv" : source);
            }
        }
        this.byCode = Collections.unmodifiableMap(commodities);
        this.byAlias = Map.copyOf(aliases);
        this.sourceByAlias = Map.copyOf(sources);
        this.longestAliasWords = longest;
    }

    /** The classifier of the shipped {@code /reference/commodities.csv} and {@code commodity-aliases.csv}. */
    public static CommodityClassifier fromClasspath() {
        return new CommodityClassifier(ReferenceCsv.fromClasspath("commodities.csv"),
                ReferenceCsv.fromClasspath("commodity-aliases.csv"));
    }

    /**
     * @param text   the commodity text as the sender wrote it (may be null or blank)
     * @param hsCode the HS code as written ({@code 0507.10}, {@code 050710}), or null
     */
    public Classification classify(String text, String hsCode) {
        TextDecision byText = textDecisions.get(text);
        Optional<Commodity> byHs = hsDecisions.get(hsCode);
        if (byText.commodity() != null) {
            boolean sameDomain = byHs.isEmpty() || byHs.get().domain().equals(byText.commodity().domain());
            return sameDomain ? byText.withoutWarning()
                    : fromText(byText.commodity(), byText.by(), text, hsCode, byHs);
        }
        return byHs.map(commodity -> new Classification(commodity, ClassifiedBy.HS_CODE, null))
                .orElse(unclassifiedByNothing);
    }

    /**
     * The classification of {@link #classify} with what decided it: the alias found and its words in the
     * text, or the HS heading whose prefix matched (for {@code ./seizures explain}).
     */
    public CommodityExplanation explain(String text, String hsCode) {
        String folded = FoldedText.fold(text);
        Optional<HsMatch> byHs = byHsCode(hsCode);
        Commodity exact = byAlias.get(folded);
        if (exact != null) {
            int words = folded.split(" ").length;
            return new CommodityExplanation(folded,
                    fromText(exact, ClassifiedBy.EXACT_ALIAS, text, hsCode, byHs.map(HsMatch::commodity)),
                    folded, sourceByAlias.get(folded), 1, words, null, 0);
        }
        Optional<AliasMatch> contained = containedAlias(folded);
        if (contained.isPresent()) {
            AliasMatch match = contained.get();
            return new CommodityExplanation(folded,
                    fromText(match.commodity(), ClassifiedBy.CONTAINED_ALIAS, text, hsCode,
                            byHs.map(HsMatch::commodity)),
                    match.alias(), sourceByAlias.get(match.alias()), match.firstWord(), match.lastWord(), null, 0);
        }
        if (byHs.isPresent()) {
            HsMatch hs = byHs.get();
            return new CommodityExplanation(folded, new Classification(hs.commodity(), ClassifiedBy.HS_CODE, null),
                    null, null, 0, 0, hs.commodity().hsHeading(), hs.prefixDigits());
        }
        return new CommodityExplanation(folded, new Classification(unclassified, ClassifiedBy.UNCLASSIFIED, null),
                null, null, 0, 0, null, 0);
    }

    /** Every folded alias and the commodity code it names. */
    public Map<String, String> aliases() {
        Map<String, String> codes = new HashMap<>();
        byAlias.forEach((alias, commodity) -> codes.put(alias, commodity.code()));
        return Collections.unmodifiableMap(codes);
    }

    public Optional<Commodity> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip()));
    }

    public Commodity unclassified() {
        return unclassified;
    }

    /** Every commodity, in the order of {@code commodities.csv}. */
    public Collection<Commodity> all() {
        return byCode.values();
    }

    private Classification fromText(Commodity commodity, ClassifiedBy by, String text, String hsCode,
                                     Optional<Commodity> byHs) {
        String warning = byHs.filter(hs -> !hs.domain().equals(commodity.domain()))
                .map(hs -> "Commodity '" + FoldedText.clean(text) + "' reads as " + commodity.code() + " ("
                        + commodity.domain() + ") but HS code " + FoldedText.clean(hsCode) + " points to "
                        + hs.code() + " (" + hs.domain() + "); the text was used")
                .orElse(null);
        return new Classification(commodity, by, warning);
    }

    /** The commodity the text names by an exact or contained alias, as {@link #explain} finds it; the HS code aside. */
    private TextDecision decideByText(String text) {
        String folded = FoldedText.fold(text);
        Commodity exact = byAlias.get(folded);
        if (exact != null) {
            return new TextDecision(exact, ClassifiedBy.EXACT_ALIAS);
        }
        return containedAlias(folded).map(match -> new TextDecision(match.commodity(), ClassifiedBy.CONTAINED_ALIAS))
                .orElse(TextDecision.NONE);
    }

    /** The commodity a text names and by which rule, or none ({@link #NONE}: commodity null). */
    private record TextDecision(Commodity commodity, ClassifiedBy by, Classification withoutWarning) {

        static final TextDecision NONE = new TextDecision(null, null, null);

        TextDecision(Commodity commodity, ClassifiedBy by) {
            this(commodity, by, new Classification(commodity, by, null));
        }
    }

    /** Word n-grams of the text, longest first, leftmost first: the first one that is an alias wins. */
    private Optional<AliasMatch> containedAlias(String folded) {
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        String[] words = folded.split(" ");
        for (int size = Math.min(longestAliasWords, words.length); size >= 1; size--) {
            for (int start = 0; start + size <= words.length; start++) {
                String candidate = String.join(" ", Arrays.asList(words).subList(start, start + size));
                Commodity found = byAlias.get(candidate);
                if (found != null) {
                    return Optional.of(new AliasMatch(found, candidate, start + 1, start + size));
                }
            }
        }
        return Optional.empty();
    }

    private Optional<HsMatch> byHsCode(String hsCode) {
        String digits = inHs2022(digits(hsCode));
        if (digits.length() < MIN_HS_PREFIX) {
            return Optional.empty();
        }
        Commodity best = null;
        int bestPrefix = MIN_HS_PREFIX - 1;
        for (Commodity commodity : byCode.values()) {
            int prefix = commonPrefix(digits, digits(commodity.hsHeading()));
            if (prefix > bestPrefix) {
                best = commodity;
                bestPrefix = prefix;
            }
        }
        return best == null ? Optional.empty() : Optional.of(new HsMatch(best, bestPrefix));
    }

    /** An alias found inside the text, at words {@code firstWord..lastWord} (1-based). */
    private record AliasMatch(Commodity commodity, String alias, int firstWord, int lastWord) {
    }

    /** The commodity whose HS heading shares the longest prefix with the code, and how many digits it shares. */
    private record HsMatch(Commodity commodity, int prefixDigits) {
    }

    private static String inHs2022(String digits) {
        for (Map.Entry<String, String> moved : HS2017_MOVED_TO_HS2022.entrySet()) {
            if (digits.startsWith(moved.getKey())) {
                return moved.getValue() + digits.substring(moved.getKey().length());
            }
        }
        return digits;
    }

    private static int commonPrefix(String a, String b) {
        int n = Math.min(a.length(), b.length());
        int i = 0;
        while (i < n && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return i;
    }

    private static String digits(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        raw.codePoints().filter(cp -> cp >= '0' && cp <= '9').forEach(out::appendCodePoint);
        return out.toString();
    }

    private static Commodity commodity(Map<String, String> row) {
        Set<Measure> measures = EnumSet.noneOf(Measure.class);
        for (String dimension : ReferenceCsv.required(row, "measures").split("\\|")) {
            measures.add(Measure.ofDimension(dimension));
        }
        String heading = row.getOrDefault("hs_heading", "");
        return new Commodity(ReferenceCsv.required(row, "commodity_code"), ReferenceCsv.required(row, "name_en"),
                ReferenceCsv.required(row, "domain"), ReferenceCsv.required(row, "category"),
                heading.isEmpty() ? null : heading, Boolean.parseBoolean(row.getOrDefault("cites_listed", "false")),
                measures);
    }
}
