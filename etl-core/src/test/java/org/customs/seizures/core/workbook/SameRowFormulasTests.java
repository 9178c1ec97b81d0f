package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SameRowFormulasTests {

    private static final int ROW = 5;
    /** Row 5 so far: B5 = 12.5, C5 = "kg", D5 = 2, E5 = 3, F5 = a date; the formula is in G5. */
    private static final List<RawCell> ROW_SO_FAR = List.of(
            RawCell.number(1, 12.5),
            RawCell.text(2, "kg"),
            RawCell.number(3, 2),
            RawCell.number(4, 3),
            RawCell.date(5, 43620, LocalDateTime.of(2019, 6, 4, 0, 0)));
    private static final int FORMULA_COLUMN = 6;

    private final SameRowFormulas formulas = new SameRowFormulas();

    private Optional<RawCell> evaluate(String formula) {
        return formulas.evaluate(ROW, FORMULA_COLUMN, formula, ROW_SO_FAR);
    }

    @ParameterizedTest(name = "={0} is {1}")
    @CsvSource(delimiter = ';', value = {
            "12+3; 15",
            "20+22.5; 42.5",
            "B5*1000; 12500",
            "$B$5*2; 25",
            "b5 * 2; 25",
            "(D5+E5)*2; 10",
            "D5+E5*2; 8",
            "10-4-3; 3",
            "12/4/3; 1",
            "-D5+10; 8",
            "-(D5-E5); 1",
            "1.5E3/3; 500",
            "SUM(D5:E5); 5",
            "sum(B5,D5,1); 15.5",
            "SUM(E5:D5)*2; 10",
            "SUM(); 0",
            "SUM(D5*2,(E5)); 7",
            "=12+3; 15",
            " 7 ; 7"})
    void evaluatesArithmeticOverNumbersAndCellsOfTheSameRowReadBefore(String formula, double expected) {
        // when
        Optional<RawCell> value = evaluate(formula);

        // then
        assertThat(value).hasValueSatisfying(cell -> {
            assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
            assertThat(cell.number()).isEqualTo(expected);
            assertThat(cell.column()).isEqualTo(FORMULA_COLUMN);
            assertThat(cell.formula()).isTrue();
        });
    }

    @ParameterizedTest(name = "={0} is not evaluated")
    @ValueSource(strings = {
            "B4*2",                 // another row
            "H5*2",                 // a cell not read yet (right of the formula)
            "A5*2",                 // an empty cell: perhaps a merged value
            "C5*2",                 // a text cell
            "F5+1",                 // a date cell
            "SUM(B5:C5)",           // a range holding text
            "Lists!B5*2",           // another sheet
            "'Other sheet'!B5",
            "B5:D5",                // a range outside SUM
            "VLOOKUP(B5,Lists!A:B,2,FALSE)",
            "ROUND(B5,0)",
            "TOTAL_KG*2",           // a defined name
            "2^3",
            "50%",
            "\"12\"*2",
            "12+",
            "(12+3",
            "12+3)",
            "1.2.3",
            "",
            "   "})
    void leavesEverythingElseUnevaluated(String formula) {
        assertThat(evaluate(formula)).isEmpty();
    }

    @Test
    void givesTheDivisionByZeroErrorAsTheSpreadsheetWould() {
        assertThat(evaluate("B5/(D5-2)")).hasValueSatisfying(cell ->
                assertThat(cell).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                        .containsExactly(CellKind.ERROR, "#DIV/0!", true));
    }

    @Test
    void refusesNestingDeeperThanItsLimitInsteadOfOverflowingTheStack() {
        // given
        String deep = "(".repeat(10_000) + "1" + ")".repeat(10_000);
        String signs = "-".repeat(10_000) + "1";
        String shallow = "(".repeat(SameRowFormulas.MAX_DEPTH - 1) + "1" + ")".repeat(SameRowFormulas.MAX_DEPTH - 1);

        // then
        assertThat(evaluate(deep)).isEmpty();
        assertThat(evaluate(signs)).isEmpty();
        assertThat(evaluate(shallow)).map(RawCell::number).contains(1.0);
    }
}
