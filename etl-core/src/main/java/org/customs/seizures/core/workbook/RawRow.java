package org.customs.seizures.core.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One spreadsheet row that has at least one stored cell.
 *
 * @param rowNumber 1-based, as the spreadsheet shows it (blank rows before it included)
 * @param cells     the row's non-empty cells, ordered by column
 */
public record RawRow(int rowNumber, List<RawCell> cells) {

    public Optional<RawCell> cell(int column) {
        for (RawCell c : cells) {
            if (c.column() == column) {
                return Optional.of(c);
            }
            if (c.column() > column) {
                break;
            }
        }
        return Optional.empty();
    }

    /** True when no cell holds anything visible. */
    public boolean isBlank() {
        for (RawCell c : cells) {
            if (!c.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
