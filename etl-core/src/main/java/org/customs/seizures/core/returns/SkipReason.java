package org.customs.seizures.core.returns;

/** Why a row read from a seizure sheet is neither loaded nor rejected. */
public enum SkipReason {
    BLANK,
    TOTALS,
    HEADER_REPEAT
}
