package org.customs.seizures.reports.feedback;

import java.util.Locale;

/** The languages a feedback workbook can be written in: those of the returns (returns.md §1). */
public enum FeedbackLanguage {
    ENGLISH("en"), FRENCH("fr"), SPANISH("es");

    private final String code;

    FeedbackLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, e.g. {@code fr}: the suffix of the feedback text bundles. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }
}
