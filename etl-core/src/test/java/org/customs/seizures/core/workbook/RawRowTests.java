package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RawRowTests {

    private final RawCell b = RawCell.text(1, "ivory");
    private final RawCell d = RawCell.number(3, 12.5);
    private final RawRow row = new RawRow(7, List.of(b, d));

    @Test
    void findsTheCellOfAStoredColumn() {
        assertThat(row.cellAt(1)).isSameAs(b);
        assertThat(row.cellAt(3)).isSameAs(d);
        assertThat(row.cell(3)).containsSame(d);
    }

    @Test
    void hasNoCellBeforeBetweenOrAfterTheStoredOnes() {
        assertThat(row.cellAt(0)).isNull();
        assertThat(row.cellAt(2)).isNull();
        assertThat(row.cellAt(4)).isNull();
        assertThat(row.cell(2)).isEmpty();
        assertThat(new RawRow(1, List.of()).cellAt(0)).isNull();
    }
}
