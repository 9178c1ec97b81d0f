package org.customs.seizures.core.lines;

/** How a commodity text was classified (reference/README.md, "Commodities"). */
public enum ClassifiedBy {
    EXACT_ALIAS,
    CONTAINED_ALIAS,
    HS_CODE,
    UNCLASSIFIED
}
