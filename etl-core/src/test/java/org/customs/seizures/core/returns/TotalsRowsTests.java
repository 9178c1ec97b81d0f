package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotalsRowsTests {

    private static final HeaderRow HEADER = HeaderRow.recognise(
            row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit", "Remarks"),
            HeaderSynonyms.fromClasspath()).orElseThrow();

    @ParameterizedTest
    @ValueSource(strings = {"Total général", "TOTAL GÉNÉRAL :", "Total", "  total:", "Sub-total", "Sous-total",
            "Sous-totaux", "Grand Total", "Totales", "Total global", "Ｔotal", "Total\u00A0général", "\u200BTotal"})
    void takesARowWithATotalsPhraseAmongLinesForATotalsRow(String phrase) {
        // given: the phrase in the remarks of a row with a case reference
        // when / then
        assertThat(TotalsRows.isTotals(row(9, "FR-1", null, null, 12, "kg", phrase), HEADER)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Total seized in June", "Sous-total juin", "Grand total (kg)", "Total général des saisies"})
    void takesATextStartingWithATotalsPhraseForATotalOnlyWithoutCaseReference(String text) {
        // when / then
        assertThat(TotalsRows.isTotals(row(9, null, null, null, 12, "kg", text), HEADER)).isTrue();
        assertThat(TotalsRows.isTotals(row(9, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 12, "kg", text), HEADER))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Totally destroyed", "Totalement détruit", "Subtotals pending", "Grandes quantités",
            "Tot", "Sub", "Total1", "Sous", "Grand", "sous-sol"})
    void keepsALineWhoseTextsOnlyLookLikeTotalsPhrases(String text) {
        // when / then
        assertThat(TotalsRows.isTotals(row(9, null, LocalDate.of(2019, 6, 4), "ivory", 12, "kg", text), HEADER))
                .isFalse();
        assertThat(TotalsRows.isTotals(row(9, "FR-1", LocalDate.of(2019, 6, 4), text, 12, "kg"), HEADER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"FR-1", "   "})
    void takesAQuantityWithoutCaseReferenceNorCommodityForATotal(String remark) {
        // when / then
        assertThat(TotalsRows.isTotals(row(9, null, null, null, 12, "kg", remark), HEADER)).isTrue();
        assertThat(TotalsRows.isTotals(row(9, " ", null, "\u200B", 12, "kg", remark), HEADER)).isTrue();
        assertThat(TotalsRows.isTotals(row(9, "FR-1", null, null, 12, "kg", remark), HEADER)).isFalse();
        assertThat(TotalsRows.isTotals(row(9, null, null, "ivory", 12, "kg", remark), HEADER)).isFalse();
    }
}
