package org.customs.seizures.jobs.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.reports.feedback.FeedbackLanguage;

/**
 * Tells the language of a return from the words its sender typed: header names (the per-language
 * rows of {@code reference/header-synonyms.csv}), cover labels and the usual sheet names. Each word
 * that belongs to one language only is a vote for it; words shared by languages ("Date", "Version")
 * count for none. Not thread-safe: one instance per return ({@link #tally()}).
 */
final class ReturnLanguage {

    private static final String SYNONYMS = "/reference/header-synonyms.csv";
    private static final Pattern UNIT_SUFFIX = Pattern.compile("^(.+?)\\s*[(\\[].*$");

    /** Cover labels (returns.md §2) and usual sheet names, which header-synonyms.csv does not hold. */
    private static final Map<FeedbackLanguage, List<String>> OTHER_WORDS = Map.of(
            FeedbackLanguage.ENGLISH, List.of("Reporting country", "Member state", "Reporting period", "Month",
                    "Operation", "Revision", "Date of submission", "Submitted on", "Submission date", "Nil return",
                    "Decimal separator", "Contact person", "Cover", "Seizures", "Wildlife", "Waste", "Lists",
                    "Seizure return", "Seizure details"),
            FeedbackLanguage.FRENCH, List.of("Pays déclarant", "Pays", "État membre", "Période",
                    "Période de référence", "Mois", "Opération", "Révision", "Date d'envoi", "Date de soumission",
                    "Déclaration néant", "Néant", "Séparateur décimal", "Couverture", "Saisies", "Faune", "Déchets",
                    "Listes", "Déclaration mensuelle des saisies", "Détail des saisies"),
            FeedbackLanguage.SPANISH, List.of("País declarante", "País", "Estado miembro", "Periodo", "Período",
                    "Mes", "Operación", "Versión", "Revisión", "Fecha de envío", "Fecha de presentación",
                    "Sin incautaciones", "Separador decimal", "Persona de contacto", "Portada", "Incautaciones",
                    "Fauna", "Residuos", "Listas", "Declaración mensual de incautaciones",
                    "Detalle de las incautaciones"));

    private final Map<String, FeedbackLanguage> languageByWord;

    private ReturnLanguage(Map<String, FeedbackLanguage> languageByWord) {
        this.languageByWord = languageByWord;
    }

    /** The words of the project's header synonyms (on the classpath) and the cover labels and sheet names. */
    static ReturnLanguage fromClasspath() {
        try (InputStream in = ReturnLanguage.class.getResourceAsStream(SYNONYMS)) {
            if (in == null) {
                throw new IllegalStateException(SYNONYMS + " is not on the classpath");
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SYNONYMS, e);
        }
    }

    /** Reads the {@code field,language,name} format of {@code header-synonyms.csv}. */
    static ReturnLanguage fromCsv(Reader csv) throws IOException {
        Map<String, Set<FeedbackLanguage>> languages = new HashMap<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        for (CSVRecord row : format.parse(csv)) {
            FeedbackLanguage language = byCode(row.get("language"));
            if (language != null) {
                add(languages, row.get("name"), language);
            }
        }
        OTHER_WORDS.forEach((language, words) -> words.forEach(word -> add(languages, word, language)));
        Map<String, FeedbackLanguage> unambiguous = new HashMap<>();
        languages.forEach((word, of) -> {
            if (of.size() == 1) {
                unambiguous.put(word, of.iterator().next());
            }
        });
        return new ReturnLanguage(Map.copyOf(unambiguous));
    }

    /** A count of votes for one return. */
    Tally tally() {
        return new Tally();
    }

    private FeedbackLanguage languageOf(String text) {
        String folded = FoldedText.fold(text);
        if (folded.isEmpty() || folded.length() > 60) {
            return null;
        }
        FeedbackLanguage language = languageByWord.get(folded);
        if (language == null) {
            var withoutUnit = UNIT_SUFFIX.matcher(FoldedText.clean(text));
            if (withoutUnit.matches()) {
                language = languageByWord.get(FoldedText.fold(withoutUnit.group(1)));
            }
        }
        return language;
    }

    private static void add(Map<String, Set<FeedbackLanguage>> languages, String word, FeedbackLanguage language) {
        languages.computeIfAbsent(FoldedText.fold(word), w -> EnumSet.noneOf(FeedbackLanguage.class)).add(language);
    }

    private static FeedbackLanguage byCode(String code) {
        for (FeedbackLanguage language : FeedbackLanguage.values()) {
            if (language.code().equalsIgnoreCase(code.strip())) {
                return language;
            }
        }
        return null;
    }

    /** The votes of one return's words. */
    final class Tally {
        private final Map<FeedbackLanguage, Integer> votes = new EnumMap<>(FeedbackLanguage.class);

        /** Counts a text the sender typed (a header, a label, a sheet name); other texts count for nothing. */
        void see(String text) {
            if (text == null) {
                return;
            }
            FeedbackLanguage language = languageOf(text);
            if (language != null) {
                votes.merge(language, 1, Integer::sum);
            }
        }

        /** The language with the most votes, or null when no word told it or two languages tie. */
        FeedbackLanguage language() {
            FeedbackLanguage best = null;
            int bestVotes = 0;
            boolean tie = false;
            for (Map.Entry<FeedbackLanguage, Integer> entry : votes.entrySet()) {
                if (entry.getValue() > bestVotes) {
                    best = entry.getKey();
                    bestVotes = entry.getValue();
                    tie = false;
                } else if (entry.getValue() == bestVotes) {
                    tie = true;
                }
            }
            return tie ? null : best;
        }
    }
}
