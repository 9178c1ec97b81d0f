package org.customs.seizures.core.countries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.text.TextMemo;

/**
 * Recognises a country written as an ISO 3166-1 code or a name ({@code reference/README.md}, "Countries").
 *
 * <p>Accepted, after folding ({@link FoldedText}): alpha-2 ({@code NA} is Namibia), alpha-3, numeric
 * ({@code 704}, also unpadded {@code 4}), the English, French and Spanish names of {@code iso3166_countries.csv},
 * {@code iso3166_country_aliases.csv} (ISO/UNSD short names, UNTERM short and formal names with and without
 * articles, CLDR common names) and {@code cldr_country_names.csv} (CLDR standard names and variants such as
 * {@code Ivory Coast}, {@code Costa de Marfil}, {@code Turkey}). Only countries with an alpha-3 code count;
 * CLDR-only territories such as Kosovo ({@code XK}) are not countries here.
 *
 * <p>Codes are looked up before names. A name is left out, never guessed, when it folds to the same text as a
 * name of another country, or to a code of another country (CLDR's Spanish {@code RU} and French
 * {@code R.-U.} for the United Kingdom fold to Russia's alpha-2 {@code ru}, which stays Russia). A name with an
 * article in parentheses ({@code Émirats arabes unis (les)}) or a leading article ({@code the Bahamas}) is
 * tried again without it when it does not match as written.
 */
public final class CountryResolver {

    private static final Set<String> NAME_LANGUAGES = Set.of("en", "fr", "es");
    private static final Pattern ARTICLE_IN_PARENTHESES =
            Pattern.compile("\\(\\s*(?:the|les|le|la|l\\s*['’]|el|los|las)\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:the|les|le|la|l|el|los|las) ");

    private final Map<String, Country> byIso3;
    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;
    private final Map<String, String> nameOrigins;
    private final Map<String, Country> byOverride;
    private final Map<String, String> overrideSources;
    private final Set<String> leftOutNames;
    /** {@link #resolve}'s answers: the same few spellings of a country come back on every line of a return. */
    private final TextMemo<Optional<Country>> resolved =
            new TextMemo<>(raw -> Optional.ofNullable(explain(raw).country()), 4096, 200);

    /**
     * @param countryRows rows with the columns of {@code iso3166_countries.csv} (iso_alpha2, iso_alpha3,
     *                    iso_numeric, name_en, name_fr, name_es, and optionally name_en_common, unterm_*)
     * @param nameRows    rows naming a country: {@code iso_alpha3}, the name in {@code alias} or {@code name},
     *                    and optionally {@code lang} (rows in languages other than en, fr, es are ignored);
     *                    the columns of both {@code iso3166_country_aliases.csv} and {@code cldr_country_names.csv}
     */
    public CountryResolver(List<Map<String, String>> countryRows, List<Map<String, String>> nameRows) {
        this(countryRows, nameRows, List.of());
    }

    /**
     * @param overrideRows names the data team decided ({@code alias}, {@code iso3}, optionally {@code source}
     *                     naming the file and line): they come after the codes and before every other name, and
     *                     are never left out as ambiguous; the first row wins for a folded name
     * @throws IllegalArgumentException when an override names a code that is no country
     */
    public CountryResolver(List<Map<String, String>> countryRows, List<Map<String, String>> nameRows,
                           List<Map<String, String>> overrideRows) {
        Map<String, Country> countries = new LinkedHashMap<>();
        Map<String, Country> codes = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Map<String, String> origins = new HashMap<>();
        for (Map<String, String> row : countryRows) {
            String iso3 = row.getOrDefault("iso_alpha3", "").toUpperCase(Locale.ROOT);
            if (iso3.isEmpty()) {
                continue;
            }
            Country country = new Country(iso3, row.getOrDefault("iso_alpha2", "").toUpperCase(Locale.ROOT),
                    row.getOrDefault("iso_numeric", ""), row.getOrDefault("name_en", ""),
                    row.getOrDefault("name_fr", ""), row.getOrDefault("name_es", ""));
            countries.put(iso3, country);
            for (String code : List.of(country.iso3(), country.iso2(), country.numeric())) {
                if (!code.isEmpty()) {
                    codes.putIfAbsent(FoldedText.fold(code), country);
                }
            }
            row.forEach((column, value) -> {
                if (isNameColumn(column)) {
                    addName(names, value, iso3);
                    origins.putIfAbsent(FoldedText.fold(value), originOfColumn(column));
                }
            });
        }
        for (Map<String, String> row : nameRows) {
            String iso3 = row.getOrDefault("iso_alpha3", "").toUpperCase(Locale.ROOT);
            String lang = row.getOrDefault("lang", "");
            if (countries.containsKey(iso3) && (lang.isEmpty() || NAME_LANGUAGES.contains(lang))) {
                String name = row.containsKey("alias") ? row.get("alias") : row.getOrDefault("name", "");
                addName(names, name, iso3);
                String type = row.getOrDefault("alias_type", row.getOrDefault("name_type", "name"));
                origins.putIfAbsent(FoldedText.fold(name), (lang.isEmpty() ? "" : language(lang) + " ")
                        + type.replace('_', ' ') + (row.containsKey("alias") ? " (ISO/UN names)" : " (CLDR)"));
            }
        }
        Map<String, Country> overrides = new HashMap<>();
        Map<String, String> overrideOrigins = new HashMap<>();
        for (Map<String, String> row : overrideRows) {
            String iso3 = row.getOrDefault("iso3", "").toUpperCase(Locale.ROOT);
            Country country = countries.get(iso3);
            if (country == null) {
                throw new IllegalArgumentException("Country alias '" + row.get("alias") + "' names code " + iso3
                        + ", which is not an ISO 3166-1 alpha-3 code of the country list");
            }
            String folded = FoldedText.fold(row.getOrDefault("alias", ""));
            if (!folded.isEmpty() && overrides.putIfAbsent(folded, country) == null) {
                overrideOrigins.put(folded, row.getOrDefault("source", "override"));
            }
        }
        Map<String, Country> unambiguous = new HashMap<>();
        Set<String> leftOut = new TreeSet<>();
        names.forEach((name, claimants) -> {
            Country codeOwner = codes.get(name);
            boolean clashesWithCode = codeOwner != null && !claimants.equals(Set.of(codeOwner.iso3()));
            if (claimants.size() > 1 || clashesWithCode) {
                leftOut.add(name);
            } else {
                unambiguous.put(name, countries.get(claimants.iterator().next()));
            }
        });
        this.byIso3 = Collections.unmodifiableMap(countries);
        this.byCode = Map.copyOf(codes);
        this.byName = Map.copyOf(unambiguous);
        this.nameOrigins = Map.copyOf(origins);
        this.byOverride = Map.copyOf(overrides);
        this.overrideSources = Map.copyOf(overrideOrigins);
        this.leftOutNames = Collections.unmodifiableSet(leftOut);
    }

    /** The resolver of the shipped {@code iso3166_countries.csv}, {@code iso3166_country_aliases.csv}, {@code cldr_country_names.csv}. */
    public static CountryResolver fromClasspath() {
        return withOverrides(List.of());
    }

    /** The shipped resolver with the data team's names ({@code alias}, {@code iso3}) in front. */
    public static CountryResolver withOverrides(List<Map<String, String>> overrideRows) {
        List<Map<String, String>> names = new ArrayList<>(ReferenceCsv.fromClasspath("iso3166_country_aliases.csv"));
        names.addAll(ReferenceCsv.fromClasspath("cldr_country_names.csv"));
        return new CountryResolver(ReferenceCsv.fromClasspath("iso3166_countries.csv"), names, overrideRows);
    }

    /**
     * The country a code or name stands for, if it stands for exactly one: the country of
     * {@link #explain}, remembered for the text.
     */
    public Optional<Country> resolve(String raw) {
        return resolved.get(raw);
    }

    /** How a text is read as a country, and by which rule (for {@code ./seizures explain}). */
    public CountryExplanation explain(String raw) {
        String folded = FoldedText.fold(raw);
        if (folded.isEmpty()) {
            return new CountryExplanation(folded, null, CountryExplanation.Rule.NOT_FOUND, null);
        }
        String code = folded;
        if (folded.length() < 3 && allDigits(folded)) {
            code = "0".repeat(3 - folded.length()) + folded;
        }
        Country found = byCode.get(code);
        if (found != null) {
            return new CountryExplanation(folded, found, codeRule(found, code), null);
        }
        found = byOverride.get(folded);
        if (found != null) {
            return new CountryExplanation(folded, found, CountryExplanation.Rule.OVERRIDE, overrideSources.get(folded));
        }
        found = byName.get(folded);
        if (found != null) {
            return new CountryExplanation(folded, found, CountryExplanation.Rule.NAME, nameOrigins.get(folded));
        }
        String withoutArticles = LEADING_ARTICLE.matcher(
                FoldedText.fold(ARTICLE_IN_PARENTHESES.matcher(raw).replaceAll(" "))).replaceFirst("");
        found = byName.get(withoutArticles);
        if (found != null) {
            return new CountryExplanation(folded, found, CountryExplanation.Rule.NAME,
                    nameOrigins.get(withoutArticles) + ", without its article");
        }
        return new CountryExplanation(folded, null, leftOutNames.contains(folded)
                ? CountryExplanation.Rule.AMBIGUOUS : CountryExplanation.Rule.NOT_FOUND, null);
    }

    /** Every folded code and name that resolves (overrides included), and the alpha-3 code it stands for. */
    public Map<String, String> names() {
        Map<String, String> all = new HashMap<>();
        byName.forEach((name, country) -> all.put(name, country.iso3()));
        byOverride.forEach((name, country) -> all.put(name, country.iso3()));
        return Collections.unmodifiableMap(all);
    }

    public Optional<Country> byIso3(String iso3) {
        return iso3 == null ? Optional.empty()
                : Optional.ofNullable(byIso3.get(iso3.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every country with an alpha-3 code, in the order of {@code iso3166_countries.csv}. */
    public Collection<Country> all() {
        return byIso3.values();
    }

    /** Folded names left out because they name two countries or another country's code. */
    Set<String> leftOutNames() {
        return leftOutNames;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static CountryExplanation.Rule codeRule(Country country, String code) {
        if (code.equals(FoldedText.fold(country.iso2()))) {
            return CountryExplanation.Rule.ISO_ALPHA2;
        }
        return code.equals(FoldedText.fold(country.iso3())) ? CountryExplanation.Rule.ISO_ALPHA3
                : CountryExplanation.Rule.ISO_NUMERIC;
    }

    private static String originOfColumn(String column) {
        if (column.startsWith("unterm_")) {
            return language(column.substring(7, 9)) + " UN name (" + column + ")";
        }
        if (column.equals("name_en_common")) {
            return "English common name (CLDR)";
        }
        return language(column.substring(5)) + " ISO short name (" + column + ")";
    }

    private static String language(String code) {
        switch (code) {
            case "en":
                return "English";
            case "fr":
                return "French";
            case "es":
                return "Spanish";
            default:
                return code;
        }
    }

    private static boolean isNameColumn(String column) {
        return NAME_LANGUAGES.stream().anyMatch(lang -> column.equals("name_" + lang))
                || column.equals("name_en_common")
                || (column.startsWith("unterm_") && NAME_LANGUAGES.contains(column.substring(7, 9)));
    }

    private static void addName(Map<String, Set<String>> names, String name, String iso3) {
        String folded = FoldedText.fold(name);
        if (!folded.isEmpty()) {
            names.computeIfAbsent(folded, k -> new LinkedHashSet<>()).add(iso3);
        }
    }
}
