package org.customs.seizures.core.returns;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.customs.seizures.core.text.FirstWords;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.text.TextMemo;

/**
 * The accepted header names of a seizure sheet, by field ({@code reference/header-synonyms.csv}).
 * A header matches after folding (case, accents, punctuation, line breaks, spaces, a trailing
 * colon); {@code N°}, {@code Nº}, {@code No.} and {@code Nr} are read alike. A quantity header may
 * carry its unit: {@code Quantity (kg)}, {@code Quantité [tonnes]}, {@code Cantidad - kg}.
 */
public final class HeaderSynonyms {

    private static final String CLASSPATH_LOCATION = "/reference/header-synonyms.csv";

    /** {@code name (unit)}, {@code name [unit]}, {@code name - unit}, {@code name / unit}, {@code name in unit}. */
    private static final List<Pattern> UNIT_SUFFIXES = List.of(
            Pattern.compile("^(.+?)\\s*\\(\\s*([^()]+?)\\s*\\)\\s*:?$"),
            Pattern.compile("^(.+?)\\s*\\[\\s*([^\\[\\]]+?)\\s*]\\s*:?$"),
            Pattern.compile("^(.+?)\\s+[-\u2013\u2014/]\\s+(\\S.*?)\\s*:?$"),
            Pattern.compile("^(.+?)\\s+(?i:in|en)\\s+(\\S+?)\\s*:?$"));

    /** The words {@link #key} reads as "n" (number): "N°", "Nº", "No.", "Nr", "Num" are read alike. */
    private static final List<String> NUMBER_WORDS = List.of("no", "nr", "num");

    private final Map<String, Field> fieldByName;
    private final Map<Field, List<String>> namesByField;
    /**
     * The first words of the accepted names: a text starting with another word names no field, whole or
     * with a unit suffix (the name before the suffix starts the text). Tells most data cells apart
     * without folding them.
     */
    private final FirstWords firstWords;
    /** Every cell of every data row is matched, to find repeated headers: the same texts, again and again. */
    private final TextMemo<Optional<HeaderMatch>> matches = new TextMemo<>(this::matchOnce, 4096, 200);

    public HeaderSynonyms(Map<String, Field> namesToFields) {
        Map<String, Field> byName = new HashMap<>();
        Map<Field, List<String>> byField = new EnumMap<>(Field.class);
        namesToFields.forEach((name, field) -> {
            byName.putIfAbsent(key(name), field);
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(name);
        });
        this.fieldByName = Map.copyOf(byName);
        byField.replaceAll((f, names) -> List.copyOf(names));
        this.namesByField = Collections.unmodifiableMap(byField);
        this.firstWords = FirstWords.of(keysAsWritten(fieldByName.keySet()));
    }

    /** The keys, and for a key starting with "n" the same key with the words {@link #key} reads as "n". */
    private static List<String> keysAsWritten(java.util.Set<String> keys) {
        List<String> texts = new ArrayList<>(keys);
        for (String key : keys) {
            if (key.equals("n") || key.startsWith("n ")) {
                texts.addAll(NUMBER_WORDS);
                break;
            }
        }
        return texts;
    }

    /** The project's copy of the synonyms, {@code /reference/header-synonyms.csv} on the classpath. */
    public static HeaderSynonyms fromClasspath() {
        try (InputStream in = HeaderSynonyms.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_LOCATION + " is not on the classpath");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CLASSPATH_LOCATION, e);
        }
    }

    /** Reads the {@code field,language,name} CSV format of {@code header-synonyms.csv}. */
    public static HeaderSynonyms fromCsv(Reader csv) throws IOException {
        Map<String, Field> names = new java.util.LinkedHashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        for (CSVRecord row : format.parse(csv)) {
            Field field = Field.valueOf(row.get("field").trim().toUpperCase(java.util.Locale.ROOT));
            names.putIfAbsent(row.get("name"), field);
        }
        return new HeaderSynonyms(names);
    }

    /** The field a header names, if any. */
    public Optional<Field> field(String headerText) {
        return match(headerText).map(HeaderMatch::field);
    }

    /** The unit written in a quantity header ({@code "kg"} from {@code "Quantity (kg)"}), if any. */
    public Optional<String> unitInHeader(String headerText) {
        return match(headerText).map(HeaderMatch::unit);
    }

    /** The field a header names and, for a quantity header, the unit it carries (else null). */
    public Optional<HeaderMatch> match(String headerText) {
        if (!firstWords.mayStart(headerText)) {
            return Optional.empty();
        }
        return matches.get(headerText);
    }

    private Optional<HeaderMatch> matchOnce(String headerText) {
        String cleaned = FoldedText.clean(headerText);
        if (cleaned == null || cleaned.isEmpty()) {
            return Optional.empty();
        }
        Field whole = fieldByName.get(key(cleaned));
        if (whole != null) {
            return Optional.of(new HeaderMatch(whole, null));
        }
        if (cleaned.indexOf(' ') < 0 && cleaned.indexOf('(') < 0 && cleaned.indexOf('[') < 0) {
            return Optional.empty(); // every suffix needs a space or a bracket (clean leaves no other whitespace)
        }
        for (Pattern suffix : UNIT_SUFFIXES) {
            Matcher m = suffix.matcher(cleaned);
            if (m.matches()) {
                Field base = fieldByName.get(key(m.group(1)));
                if (base != null) {
                    String unit = base == Field.QUANTITY ? m.group(2).strip() : null;
                    return Optional.of(new HeaderMatch(base, unit == null || unit.isEmpty() ? null : unit));
                }
            }
        }
        return Optional.empty();
    }

    /** A few accepted names of a field, for messages to the sender. */
    public List<String> examples(Field field, int atMost) {
        List<String> names = namesByField.getOrDefault(field, List.of());
        return names.subList(0, Math.min(atMost, names.size()));
    }

    /** The folded form two headers are compared in; "N°", "Nº", "No." and "Nr" all become "n". */
    static String key(String text) {
        String folded = FoldedText.fold(text);
        if (folded.isEmpty()) {
            return folded;
        }
        StringBuilder out = new StringBuilder(folded.length());
        for (String word : folded.split(" ")) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(NUMBER_WORDS.contains(word) ? "n" : word);
        }
        return out.toString();
    }

    /**
     * What a header names.
     *
     * @param field the field
     * @param unit  the unit text written in a quantity header, as written; null when none
     */
    public record HeaderMatch(Field field, String unit) {
    }
}
