package org.customs.seizures.core.returns;

/** The fields of a seizure sheet (returns.md §3, "Columns"); header synonyms map onto these. */
public enum Field {
    CASE_REF(true),
    SEIZURE_DATE(true),
    COMMODITY(true),
    QUANTITY(true),
    UNIT(false),
    SPECIES(false),
    HS_CODE(false),
    ORIGIN_COUNTRY(false),
    DESTINATION_COUNTRY(false),
    TRANSPORT_MODE(false),
    DETECTION_METHOD(false),
    CONCEALMENT(false),
    DIRECTION(false),
    LOCATION(false),
    ESTIMATED_VALUE(false),
    CURRENCY(false),
    REMARKS(false);

    private final boolean alwaysRequired;

    Field(boolean alwaysRequired) {
        this.alwaysRequired = alwaysRequired;
    }

    /** The four fields a header row must name to be recognised (the unit may sit in the quantity header or cell). */
    public boolean alwaysRequired() {
        return alwaysRequired;
    }

    /** The name used in {@code header-synonyms.csv}, e.g. {@code case_ref}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
