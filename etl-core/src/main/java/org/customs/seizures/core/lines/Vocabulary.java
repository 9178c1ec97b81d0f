package org.customs.seizures.core.lines;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.text.TextMemo;

/**
 * A small closed list of English values with their spellings in English, French and Spanish, for the
 * free-text columns that statistics group by: transport mode, detection method, direction. The lists are
 * {@code /vocabularies/*.csv} (columns {@code value,alias}).
 *
 * <p>A text maps to a value when its folded form is an alias, else when an alias occurs in it as a run of
 * whole words (the longest alias wins, then the leftmost: {@code Air (passenger)} is {@code air}). A text
 * that names no value is kept as the sender wrote it (cleaned): it is never a rejection.
 */
public final class Vocabulary {

    private final String name;
    private final Set<String> values;
    private final Map<String, String> byAlias;
    private final int longestAliasWords;
    /** {@link #normalise}'s answers: a return repeats the same few spellings on every line. */
    private final TextMemo<Optional<String>> normalised =
            new TextMemo<>(raw -> Optional.ofNullable(normaliseOnce(raw)), 1024, 200);

    /**
     * @param name what the list is, for messages ({@code transport mode})
     * @param rows rows with the columns {@code value} and {@code alias}; earlier rows win for the same folded alias
     */
    public Vocabulary(String name, List<Map<String, String>> rows) {
        this.name = name;
        Set<String> allValues = new LinkedHashSet<>();
        Map<String, String> aliases = new HashMap<>();
        int longest = 0;
        for (Map<String, String> row : rows) {
            String value = ReferenceCsv.required(row, "value");
            allValues.add(value);
            for (String spelling : List.of(value, ReferenceCsv.required(row, "alias"))) {
                String folded = FoldedText.fold(spelling);
                if (!folded.isEmpty() && aliases.putIfAbsent(folded, value) == null) {
                    longest = Math.max(longest, folded.split(" ").length);
                }
            }
        }
        this.values = Set.copyOf(allValues);
        this.byAlias = Map.copyOf(aliases);
        this.longestAliasWords = longest;
    }

    public static Vocabulary transportModes() {
        return fromClasspath("transport mode", "transport-modes.csv");
    }

    public static Vocabulary detectionMethods() {
        return fromClasspath("detection method", "detection-methods.csv");
    }

    public static Vocabulary directions() {
        return fromClasspath("direction", "directions.csv");
    }

    static Vocabulary fromClasspath(String name, String fileName) {
        String path = "/vocabularies/" + fileName;
        InputStream in = Vocabulary.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Vocabulary file " + path + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return new Vocabulary(name, ReferenceCsv.read(path, reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read vocabulary file " + path, e);
        }
    }

    /** The English value the text names, or the text itself (cleaned) when it names none; null for empty text. */
    public String normalise(String raw) {
        return normalised.get(raw).orElse(null);
    }

    private String normaliseOnce(String raw) {
        String cleaned = FoldedText.clean(raw);
        if (cleaned == null || cleaned.isEmpty()) {
            return null;
        }
        String value = valueOf(raw);
        return value != null ? value : cleaned;
    }

    /** The English value the text names, or null when it names none. */
    public String valueOf(String raw) {
        String folded = FoldedText.fold(raw);
        if (folded.isEmpty()) {
            return null;
        }
        String exact = byAlias.get(folded);
        if (exact != null) {
            return exact;
        }
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        for (int size = Math.min(longestAliasWords, words.size()); size >= 1; size--) {
            for (int start = 0; start + size <= words.size(); start++) {
                String found = byAlias.get(String.join(" ", words.subList(start, start + size)));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The English values of the list. */
    public Set<String> values() {
        return values;
    }

    public String name() {
        return name;
    }
}
