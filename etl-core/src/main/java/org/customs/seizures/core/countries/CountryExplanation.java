package org.customs.seizures.core.countries;

/**
 * How a text is read as a country ({@link CountryResolver#explain}).
 *
 * @param folded  the text after folding, as it is looked up
 * @param country the country, or null
 * @param rule    which rule decided
 * @param detail  for a name: its language and list ({@code French ISO short name (name_fr)}); for an
 *                override: its file and line; else null
 */
public record CountryExplanation(String folded, Country country, Rule rule, String detail) {

    /** The rules of a country look-up, in the order they are tried. */
    public enum Rule {
        ISO_ALPHA2,
        ISO_ALPHA3,
        ISO_NUMERIC,
        /** a name of the data team's override file */
        OVERRIDE,
        /** an English, French or Spanish name or variant of the country data */
        NAME,
        /** the name belongs to two countries (or to another country's code) and is left out */
        AMBIGUOUS,
        NOT_FOUND
    }
}
