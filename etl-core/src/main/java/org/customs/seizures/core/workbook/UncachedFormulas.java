package org.customs.seizures.core.workbook;

import java.util.List;
import java.util.Optional;

/**
 * Gives a value to a formula that the file stores without a cached result (files written by
 * tools that do not calculate). The streaming .xlsx reader uses {@link SameRowFormulas};
 * {@link #NOT_EVALUATED} leaves every such cell as {@link CellKind#FORMULA_WITHOUT_VALUE}.
 */
interface UncachedFormulas {

    /** Evaluates nothing: every formula without a cached value stays FORMULA_WITHOUT_VALUE. */
    UncachedFormulas NOT_EVALUATED = (rowNumber, column, formula, rowSoFar) -> Optional.empty();

    /**
     * @param rowNumber 1-based row of the formula cell
     * @param column    0-based column of the formula cell
     * @param formula   the formula text as stored, without the leading '='
     * @param rowSoFar  the cells of the same row read before this one
     * @return the evaluated value (flagged {@code formula=true}), or empty when it cannot be evaluated
     */
    Optional<RawCell> evaluate(int rowNumber, int column, String formula, List<RawCell> rowSoFar);
}
