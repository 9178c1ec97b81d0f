package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TotalsReconciliationTests {

    private static final HeaderSynonyms SYNONYMS = HeaderSynonyms.fromClasspath();
    private static final Map<String, String> UNIT_CODES = Map.of("kg", "KGM", "kgs", "KGM", "kilos", "KGM");

    private final AtomicInteger unitLookUps = new AtomicInteger();
    private final TotalsReconciliation totals = new TotalsReconciliation(
            HeaderRow.recognise(row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit"), SYNONYMS)
                    .orElseThrow(),
            '.', unit -> {
                unitLookUps.incrementAndGet();
                return Optional.ofNullable(UNIT_CODES.get(unit));
            });

    @Test
    void addsUpWholeNumbersDecimalsAndNumbersTypedAsTextExactly() {
        // given
        totals.add(row(2, "FR-1", null, "ivory", 3, "kg"));
        totals.add(row(3, "FR-2", null, "ivory", 0.1, "kgs"));
        totals.add(row(4, "FR-3", null, "ivory", 0.2, "kilos"));
        totals.add(row(5, "FR-4", null, "ivory", "1 000.05 kg"));
        totals.add(row(6, "FR-5", null, "ivory", 999_999_999, "kg"));
        totals.add(row(7, "FR-6", null, "ivory", 4e9, "kg"));
        totals.add(row(8, "FR-7", null, "ivory", -2, "kg"));
        // when
        Optional<String> mismatch = totals.check(row(9, "Total", null, null, 1, "kg"));
        // then
        assertThat(mismatch).contains("Row 9 gives a total of 1 kg but the lines above it (rows 2 to 8) add up to "
                + "5000001000.35 kg");
    }

    @Test
    void acceptsATotalEqualToWholeNumbersAboveAndStartsANewSection() {
        // given
        totals.add(row(2, "FR-1", null, "ivory", 3, "kg"));
        totals.add(row(3, "FR-2", null, "ivory", 4, "kg"));
        // when / then
        assertThat(totals.check(row(4, "Total", null, null, 7, "kg"))).isEmpty();
        totals.add(row(5, "FR-3", null, "ivory", 5, "kg"));
        assertThat(totals.check(row(6, "Total", null, null, 7, "kg")))
                .contains("Row 6 gives a total of 7 kg but the lines above it (row 5) add up to 5 kg");
    }

    @Test
    void keepsUnitsApartAndLooksEachUnitTextUpOnce() {
        // given
        for (int rowNumber = 2; rowNumber < 12; rowNumber++) {
            totals.add(row(rowNumber, "FR-" + rowNumber, null, "ivory", 1, rowNumber % 2 == 0 ? "kg" : "pieces"));
        }
        // when
        Optional<String> pieces = totals.check(row(12, "Total", null, null, 4, "pieces"));
        // then
        assertThat(pieces).contains("Row 12 gives a total of 4 pieces but the lines above it (rows 2 to 11) add up "
                + "to 5 pieces");
        assertThat(unitLookUps).hasValue(2);
    }

    @Test
    void readsNoUnitFromABlankUnitCellButTheOneAfterTheQuantity() {
        // given
        totals.add(row(2, "FR-1", null, "ivory", "2.5 kg", "\u200B "));
        totals.add(row(3, "FR-2", null, "ivory", 2, " "));
        // when
        Optional<String> mismatch = totals.check(row(4, "Total", null, null, "5 kg"));
        // then: the blank unit cells are no unit: the first line is in the unit after its quantity, the second in none
        assertThat(mismatch).contains("Row 4 gives a total of 5 kg but the lines above it (rows 2 to 3) add up to 2.5 kg");
    }
}
