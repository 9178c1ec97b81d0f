package org.customs.seizures.core.units;

/**
 * How a unit text is read ({@link UnitCatalogue#explain}).
 *
 * @param folded the text after folding, as it is looked up
 * @param unit   the unit it names, or null
 * @param rule   which rule decided
 * @param detail where the spelling comes from (a reference or override file), or why it is refused; may be null
 */
public record UnitExplanation(String folded, Unit unit, Rule rule, String detail) {

    /** The rules of a unit look-up, in the order they are tried. */
    public enum Rule {
        /** the whole folded text is a spelling of the alias files */
        ALIAS,
        /** the text is a UN/ECE Recommendation 20 code of the unit list */
        REC20_CODE,
        /** the text is a unit code of the CITES trade database */
        CITES_CODE,
        /** the text is known never to be a seizure unit ({@code CTM}) */
        REFUSED,
        /** nothing matched */
        UNKNOWN
    }
}
