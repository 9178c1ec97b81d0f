package org.customs.seizures.core.lines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.junit.jupiter.api.Test;

class CellTextTests {

    @Test
    void findsATextPresentExactlyWhenItHasOne() {
        // given: cells of every kind, shown or blank
        List<RawCell> cells = List.of(RawCell.number(0, 1234.0), RawCell.number(0, 12.345), RawCell.number(0, -0.5),
                RawCell.number(0, 0), RawCell.number(0, 1e20), RawCell.number(0, 4.9e-324),
                RawCell.date(0, 43620, LocalDateTime.of(2019, 6, 4, 0, 0)),
                RawCell.date(0, 43620.5, LocalDateTime.of(2019, 6, 4, 12, 0)),
                RawCell.text(0, "KE-2019-001"), RawCell.text(0, " \u00A0\u200B "), RawCell.text(0, ""),
                RawCell.error(0, "#N/A"), new RawCell(0, CellKind.BOOLEAN, "TRUE", 0, null, false, false),
                new RawCell(0, CellKind.FORMULA_WITHOUT_VALUE, "=A1+1", 0, null, false, true));

        for (RawCell cell : cells) {
            // when
            boolean present = CellText.present(cell);

            // then
            assertThat(present).as(cell.toString()).isEqualTo(CellText.of(cell) != null);
        }
        assertThat(CellText.present(null)).isFalse();
    }

    @Test
    void showsANumberCellAsItsNumber() {
        assertThat(CellText.of(RawCell.number(0, 1234.0))).isEqualTo("1234");
        assertThat(CellText.of(RawCell.number(0, 12.50))).isEqualTo("12.5");
    }

    @Test
    void failsOnAnUnshowableNumberAsShowingItDoes() {
        // a number cell that cannot be shown is not taken for present: it fails as showing it fails
        RawCell notANumber = RawCell.number(0, Double.NaN);

        assertThatThrownBy(() -> CellText.present(notANumber)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> CellText.of(notANumber)).isInstanceOf(NumberFormatException.class);
    }
}
