package org.customs.seizures.core.commodities;

/**
 * How a commodity text and HS code are classified ({@link CommodityClassifier#explain}).
 *
 * @param folded         the text after folding, as it is matched
 * @param classification the outcome, as {@link CommodityClassifier#classify} gives it
 * @param alias          the folded alias that decided (exact or contained), or null
 * @param aliasSource    where that alias comes from (a reference or override file and line), or null
 * @param firstWord      1-based position in the folded text of the alias's first word, 0 without alias
 * @param lastWord       1-based position of its last word, 0 without alias
 * @param hsHeading      the commodity's HS heading that matched the HS code, when the HS code decided
 * @param hsPrefixDigits how many leading digits the HS code shares with that heading, 0 when it did not decide
 */
public record CommodityExplanation(String folded, Classification classification, String alias, String aliasSource,
                                   int firstWord, int lastWord, String hsHeading, int hsPrefixDigits) {
}
