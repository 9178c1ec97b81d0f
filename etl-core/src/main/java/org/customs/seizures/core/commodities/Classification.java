package org.customs.seizures.core.commodities;

import org.customs.seizures.core.lines.ClassifiedBy;

/**
 * What {@link CommodityClassifier#classify} decided for one commodity text and HS code.
 *
 * @param commodity the commodity, {@code UNCLASSIFIED} when neither text nor HS code was recognised
 * @param by        which rule decided
 * @param warning   plain words for the sender when text and HS code point to different domains, else null
 */
public record Classification(Commodity commodity, ClassifiedBy by, String warning) {
}
