package org.customs.seizures.reports.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The words of a feedback workbook in the return's language(s), from the bundles
 * {@code feedback/labels_<lang>.properties} and {@code feedback/reasons_<lang>.properties}.
 * When the workbook is written in several languages, each text is given in each of them.
 */
final class FeedbackTexts {

    private static final Map<FeedbackLanguage, Properties> LABELS = load("labels");
    private static final Map<FeedbackLanguage, Properties> REASONS = load("reasons");

    private final List<FeedbackLanguage> languages;

    FeedbackTexts(List<FeedbackLanguage> languages) {
        this.languages = List.copyOf(languages);
    }

    /** A short label: in several languages, joined with " / ". */
    String label(String key, String... placeholders) {
        return String.join(" / ", each(LABELS, key, placeholders));
    }

    /** A sentence: in several languages, one per line. */
    String sentence(String key, String... placeholders) {
        return String.join("\n", each(LABELS, key, placeholders));
    }

    /** Why the whole file was not loaded, in plain words. */
    String fileReason(FeedbackIssue problem) {
        List<String> texts = new ArrayList<>();
        for (FeedbackLanguage language : languages) {
            texts.add(reason(problem, language, "file"));
        }
        return String.join("\n", texts);
    }

    /** An issue of the file that belongs to no listed row, in plain words. */
    String remark(FeedbackIssue issue) {
        List<String> texts = new ArrayList<>();
        for (FeedbackLanguage language : languages) {
            texts.add(reason(issue, language, issue.rejection() ? "line" : "warning"));
        }
        return String.join("\n", texts);
    }

    /** The issue as a row's reason: "Not loaded: ..." or "Loaded, but: ...". */
    String rowReason(FeedbackIssue issue) {
        List<String> texts = new ArrayList<>();
        for (FeedbackLanguage language : languages) {
            String prefix = text(LABELS, language, issue.rejection() ? "prefix.rejected" : "prefix.warning");
            texts.add(prefix + " " + reason(issue, language, issue.rejection() ? "line" : "warning"));
        }
        return String.join("\n", texts);
    }

    /**
     * The issue in the language; in English the stored message, which names the column and value best,
     * is used when present. {@code kind} is {@code file}, {@code line} or {@code warning}.
     */
    static String reason(FeedbackIssue issue, FeedbackLanguage language, String kind) {
        if (language == FeedbackLanguage.ENGLISH && issue.message() != null && !issue.message().isBlank()) {
            return issue.message();
        }
        Properties reasons = REASONS.get(language);
        String template = reasons.getProperty(kind + "." + issue.code());
        if (template == null && "file".equals(kind)) {
            template = reasons.getProperty("line." + issue.code());
        }
        if (template == null) {
            template = reasons.getProperty("generic." + kind);
        }
        String empty = reasons.getProperty("empty");
        return template
                .replace("{column}", issue.column() == null ? "" : issue.column())
                .replace("{value}", issue.value() == null ? empty : issue.value())
                .replace("{code}", String.valueOf(issue.code()));
    }

    private List<String> each(Map<FeedbackLanguage, Properties> bundles, String key, String... placeholders) {
        List<String> texts = new ArrayList<>();
        for (FeedbackLanguage language : languages) {
            String text = text(bundles, language, key);
            for (int i = 0; i + 1 < placeholders.length; i += 2) {
                text = text.replace("{" + placeholders[i] + "}", placeholders[i + 1]);
            }
            texts.add(text);
        }
        return texts;
    }

    private static String text(Map<FeedbackLanguage, Properties> bundles, FeedbackLanguage language, String key) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("feedback text '" + key + "' is missing for " + language.code());
        }
        return text;
    }

    private static Map<FeedbackLanguage, Properties> load(String bundle) {
        Map<FeedbackLanguage, Properties> all = new EnumMap<>(FeedbackLanguage.class);
        for (FeedbackLanguage language : FeedbackLanguage.values()) {
            String path = "/feedback/" + bundle + "_" + language.code() + ".properties";
            try (InputStream in = FeedbackTexts.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException(path + " is not on the classpath");
                }
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                all.put(language, properties);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path, e);
            }
        }
        return all;
    }
}
