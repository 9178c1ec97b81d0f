package org.customs.seizures.core.commodities;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.customs.seizures.core.lines.Measure;

/**
 * One entry of the commodity taxonomy ({@code commodities.csv}).
 *
 * @param code        stable code, e.g. {@code IVORY_RAW}; {@code UNCLASSIFIED} for text not recognised
 * @param nameEn      English name
 * @param domain      WILDLIFE, TIMBER, WASTE or OTHER
 * @param category    grouping inside the domain, e.g. IVORY, MARINE
 * @param hsHeading   indicative HS heading as written ({@code 0507.10}), or null when there is none
 * @param citesListed whether the commodity is CITES-listed
 * @param measures    the measures a quantity of it may be given in
 */
public record Commodity(String code, String nameEn, String domain, String category, String hsHeading,
                        boolean citesListed, Set<Measure> measures) {

    public Commodity {
        EnumSet<Measure> copy = EnumSet.noneOf(Measure.class);
        copy.addAll(measures);
        measures = Collections.unmodifiableSet(copy);
    }

    /** Whether a quantity in this measure makes sense for this commodity (else {@code UNIT_NOT_APPLICABLE}). */
    public boolean measurableIn(Measure m) {
        return measures.contains(m);
    }
}
