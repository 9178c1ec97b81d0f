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
        return Optional.ofNullable(cellAt(column));
    }

    /** The stored cell of {@code column}, or null (the per-row checks ask for it on every line). */
    public RawCell cellAt(int column) {
        for (int i = 0; i < cells.size(); i++) {
            RawCell c = cells.get(i);
            if (c.column() >= column) {
                return c.column() == column ? c : null;
            }
        }
        return null;
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
