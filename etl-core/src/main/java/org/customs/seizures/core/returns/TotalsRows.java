package org.customs.seizures.core.returns;

import java.util.Set;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;

/**
 * Recognises totals rows (returns.md §3, variation 4): a text cell that is a totals word
 * ({@code Total}, {@code Sub-total}, {@code Grand total}, {@code Total général}, {@code Sous-total},
 * {@code Totaux}, {@code Subtotal}...), or a row with a quantity but no case reference and no
 * commodity. A cell that only starts with such a word ({@code Total seized in June}) makes a
 * totals row only when the row has no case reference, so that a remark on a real line is not
 * taken for a total.
 */
final class TotalsRows {

    private static final Set<String> PHRASES = Set.of("total", "totals", "totaux", "totales", "sub total",
            "subtotal", "sous total", "sous totaux", "grand total", "total general", "total global",
            "total generale");

    private TotalsRows() {
    }

    static boolean isTotals(RawRow row, HeaderRow header) {
        boolean hasCaseRef = present(row, header, Field.CASE_REF);
        for (RawCell cell : row.cells()) {
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            String folded = FoldedText.fold(cell.text());
            if (PHRASES.contains(folded) || (!hasCaseRef && startsWithPhrase(folded))) {
                return true;
            }
        }
        return present(row, header, Field.QUANTITY) && !hasCaseRef && !present(row, header, Field.COMMODITY);
    }

    private static boolean startsWithPhrase(String folded) {
        for (String phrase : PHRASES) {
            if (folded.startsWith(phrase + " ")) {
                return true;
            }
        }
        return false;
    }

    static boolean present(RawRow row, HeaderRow header, Field field) {
        Integer column = header.columnByField().get(field);
        return column != null && row.cell(column).filter(c -> !c.isBlank()).isPresent();
    }
}
