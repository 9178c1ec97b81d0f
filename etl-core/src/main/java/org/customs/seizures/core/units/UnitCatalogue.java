package org.customs.seizures.core.units;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.text.TextMemo;

/**
 * The units a return may give a quantity in ({@code units.csv}) and the spellings that name them
 * ({@code unit-aliases.csv}).
 *
 * <p>A unit text resolves only when its <em>whole</em> folded text is a known spelling: {@code kg},
 * {@code Kilogrammes}, {@code m³}, {@code toneladas métricas}. Every Rec 20 code of {@code units.csv} is
 * itself a spelling ({@code KGM}, {@code MTQ}). {@code ton}, {@code tons} and {@code MT} are the metric
 * tonne, the convention of these returns. A few codes of the CITES trade database that senders copy
 * into returns are known too ({@link #CITES_TRADE_CODES}); {@code CTM} is deliberately not (centimetre in
 * CITES, carat in Rec 20: never a seizure unit), and {@link #refusal} says so.
 *
 * <p>When two alias rows give the same folded spelling, the first row wins: put override rows first.
 */
public final class UnitCatalogue {

    /**
     * Codes of the CITES trade database met in wildlife returns, with the Rec 20 unit they mean. They
     * are added after the alias file, so the file wins when it names the same spelling.
     */
    static final Map<String, String> CITES_TRADE_CODES = citesTradeCodes();

    /**
     * Folded spellings that are never a unit, with the reason given to the sender and to {@code explain}.
     * {@code CTM} is a centimetre in CITES and a carat in Rec 20: neither is a seizure unit.
     */
    static final Map<String, String> REFUSED = Map.of("ctm",
            "CTM is a centimetre in CITES and a carat in Rec 20; neither is a seizure unit");

    private final Map<String, Unit> byCode;
    private final Map<String, Unit> bySpelling;
    private final Map<String, UnitExplanation.Rule> ruleBySpelling;
    private final Map<String, String> sourceBySpelling;
    /** {@link #resolve}'s answers: a return repeats the same few unit spellings on every line. */
    private final TextMemo<Optional<Unit>> resolved = new TextMemo<>(this::resolveOnce, 1024, 100);

    /**
     * @param unitRows  rows with the columns of {@code units.csv}: code, name, dimension, factor_to_base
     * @param aliasRows rows with the columns of {@code unit-aliases.csv}: alias, code; earlier rows win.
     *                  A row may name where it comes from in a {@code source} column (an override file and
     *                  line); {@link #explain} quotes it.
     */
    public UnitCatalogue(List<Map<String, String>> unitRows, List<Map<String, String>> aliasRows) {
        Map<String, Unit> units = new LinkedHashMap<>();
        for (Map<String, String> row : unitRows) {
            String code = ReferenceCsv.required(row, "code").toUpperCase(Locale.ROOT);
            units.put(code, new Unit(code, ReferenceCsv.required(row, "name"),
                    Measure.ofDimension(ReferenceCsv.required(row, "dimension")),
                    new BigDecimal(ReferenceCsv.required(row, "factor_to_base"))));
        }
        Map<String, Unit> spellings = new HashMap<>();
        Map<String, UnitExplanation.Rule> rules = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        for (Map<String, String> row : aliasRows) {
            String code = ReferenceCsv.required(row, "code");
            Unit unit = units.get(code.toUpperCase(Locale.ROOT));
            if (unit == null) {
                throw new IllegalArgumentException("Unit alias '" + row.get("alias") + "' names code " + code
                        + ", which is not in the unit list");
            }
            String source = row.getOrDefault("source", "");
            if (addSpelling(spellings, ReferenceCsv.required(row, "alias"), unit)) {
                String folded = FoldedText.fold(row.get("alias"));
                rules.put(folded, UnitExplanation.Rule.ALIAS);
                sources.put(folded, source.isEmpty() ? "unit-aliases.csv" : source);
            }
        }
        for (Unit unit : units.values()) {
            String folded = FoldedText.fold(unit.code());
            boolean shippedAliasOfItsOwnCode = unit.equals(spellings.get(folded))
                    && "unit-aliases.csv".equals(sources.get(folded));
            if (addSpelling(spellings, unit.code(), unit) || shippedAliasOfItsOwnCode) {
                rules.put(folded, UnitExplanation.Rule.REC20_CODE);
                sources.put(folded, "units.csv");
            }
        }
        CITES_TRADE_CODES.forEach((citesCode, rec20) -> {
            Unit unit = units.get(rec20);
            if (unit != null && addSpelling(spellings, citesCode, unit)) {
                rules.put(FoldedText.fold(citesCode), UnitExplanation.Rule.CITES_CODE);
                sources.put(FoldedText.fold(citesCode), "CITES trade database unit codes");
            }
        });
        this.byCode = Collections.unmodifiableMap(units);
        this.bySpelling = Map.copyOf(spellings);
        this.ruleBySpelling = Map.copyOf(rules);
        this.sourceBySpelling = Map.copyOf(sources);
    }

    /** The catalogue of the shipped {@code /reference/units.csv} and {@code /reference/unit-aliases.csv}. */
    public static UnitCatalogue fromClasspath() {
        return new UnitCatalogue(ReferenceCsv.fromClasspath("units.csv"),
                ReferenceCsv.fromClasspath("unit-aliases.csv"));
    }

    /** The unit the whole text names ({@code "kgs"}, {@code "Mètres cubes"}, {@code "KGM"}), if any. */
    public Optional<Unit> resolve(String rawUnitText) {
        return resolved.get(rawUnitText);
    }

    private Optional<Unit> resolveOnce(String rawUnitText) {
        String folded = FoldedText.fold(rawUnitText);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(bySpelling.get(folded));
    }

    /** The unit with this Rec 20 code, as written in {@code units.csv} (case-insensitive). */
    public Optional<Unit> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /**
     * Why a text that names no unit is refused, when that is more than "unknown": {@code CTM} is a
     * centimetre in CITES and a carat in Rec 20, and neither is a seizure unit.
     */
    public Optional<String> refusal(String rawUnitText) {
        String folded = FoldedText.fold(rawUnitText);
        if (bySpelling.containsKey(folded)) {
            return Optional.empty();
        }
        return Optional.ofNullable(REFUSED.get(folded));
    }

    /** How the text would be read as a unit, and by which rule (for {@code ./seizures explain}). */
    public UnitExplanation explain(String rawUnitText) {
        String folded = FoldedText.fold(rawUnitText);
        Unit unit = folded.isEmpty() ? null : bySpelling.get(folded);
        if (unit != null) {
            return new UnitExplanation(folded, unit, ruleBySpelling.get(folded), sourceBySpelling.get(folded));
        }
        String refused = REFUSED.get(folded);
        return refused != null
                ? new UnitExplanation(folded, null, UnitExplanation.Rule.REFUSED, refused)
                : new UnitExplanation(folded, null, UnitExplanation.Rule.UNKNOWN, null);
    }

    /** Every known folded spelling (aliases, Rec 20 codes, CITES codes) and the Rec 20 code it names. */
    public Map<String, String> spellings() {
        Map<String, String> codes = new HashMap<>();
        bySpelling.forEach((spelling, unit) -> codes.put(spelling, unit.code()));
        return Collections.unmodifiableMap(codes);
    }

    /** Every unit, in the order of {@code units.csv}. */
    public Collection<Unit> all() {
        return byCode.values();
    }

    /** Adds the spelling unless an earlier row gave it; true when this row's spelling counts. */
    private static boolean addSpelling(Map<String, Unit> spellings, String spelling, Unit unit) {
        String folded = FoldedText.fold(spelling);
        return !folded.isEmpty() && spellings.putIfAbsent(folded, unit) == null;
    }

    private static Map<String, String> citesTradeCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("KIL", "KGM"); // kilogram
        codes.put("TON", "TNE"); // metric tonne
        codes.put("CUM", "MTQ"); // cubic metre
        codes.put("PCS", "H87"); // pieces: "pcs" is a piece in unit-aliases.csv
        codes.put("ITE", "H87"); // items: "items" is a piece in unit-aliases.csv
        codes.put("PAI", "PR");  // pairs
        return Collections.unmodifiableMap(codes);
    }
}
