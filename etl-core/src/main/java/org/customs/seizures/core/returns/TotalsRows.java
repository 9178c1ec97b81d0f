package org.customs.seizures.core.returns;

import java.util.List;
import java.util.Set;
import org.customs.seizures.core.text.FirstWords;
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
    /** Each phrase followed by a space: what a longer text starting with a phrase starts with. */
    private static final List<String> PHRASE_STARTS = PHRASES.stream().map(phrase -> phrase + " ").toList();
    /** A text whose first word starts no phrase is neither a phrase nor starts with one: it is not folded. */
    private static final FirstWords FIRST_WORDS = FirstWords.of(PHRASES);

    private TotalsRows() {
    }

    static boolean isTotals(RawRow row, HeaderRow header) {
        boolean hasCaseRef = present(row, header, Field.CASE_REF);
        List<RawCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            RawCell cell = cells.get(i);
            if (cell.kind() != CellKind.TEXT || !FIRST_WORDS.mayStart(cell.text())) {
                continue;
            }
            String folded = FoldedText.fold(cell.text());
            if (PHRASES.contains(folded) || (!hasCaseRef && startsWithPhrase(folded))) {
                return true;
            }
        }
        return !hasCaseRef && present(row, header, Field.QUANTITY) && !present(row, header, Field.COMMODITY);
    }

    private static boolean startsWithPhrase(String folded) {
        for (String start : PHRASE_STARTS) {
            if (folded.startsWith(start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(RawRow row, HeaderRow header, Field field) {
        Integer columnOfField = header.columnByField().get(field);
        if (columnOfField == null) {
            return false;
        }
        RawCell cell = row.cellAt(columnOfField);
        return cell != null && !cell.isBlank();
    }
}
