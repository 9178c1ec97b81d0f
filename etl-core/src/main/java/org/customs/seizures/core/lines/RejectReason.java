package org.customs.seizures.core.lines;

/** Why a line was rejected. The names are stable: they are stored in {@code etl_reject.reason_code}. */
public enum RejectReason {
    REQUIRED_MISSING,
    QTY_MISSING,
    QTY_NOT_NUMBER,
    QTY_AMBIGUOUS,
    QTY_NOT_POSITIVE,
    DATE_INVALID,
    DATE_TOO_OLD,
    DATE_FUTURE,
    DATE_AFTER_PERIOD,
    UNIT_MISSING,
    UNIT_UNKNOWN,
    UNIT_NOT_APPLICABLE,
    COUNTRY_UNKNOWN,
    CELL_ERROR,
    FORMULA_WITHOUT_VALUE
}
