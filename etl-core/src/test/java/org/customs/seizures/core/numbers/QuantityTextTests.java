package org.customs.seizures.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantityTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "545 kg|545|kg",
            "2,550 m3|2,550|m3",
            "2 550 m³|2 550|m³",
            "440 pcs|440|pcs",
            "4 585 t|4 585|t",
            "12.5kg|12.5|kg",
            "1.238,5 kg|1.238,5|kg",
            "-3 kg|-3|kg",
            "545 kg net|545|kg net"})
    void splitsTheNumberFromItsTrailingUnit(String cell, String number, String unit) {
        QuantityText split = QuantityText.split(cell);
        assertThat(split.numberText()).isEqualTo(number);
        assertThat(split.unitText()).isEqualTo(unit);
        assertThat(split.hasUnit()).isTrue();
    }

    @Test
    void keepsNonBreakingThousandsSpacesInTheNumber() {
        QuantityText split = QuantityText.split("\u00A01\u00A0238,5\u202Fkg\u200B ");
        assertThat(split.numberText()).isEqualTo("1\u00A0238,5");
        assertThat(split.unitText()).isEqualTo("kg");
    }

    @Test
    void givesNoUnitForABareNumber() {
        QuantityText split = QuantityText.split(" 1 238 ");
        assertThat(split.numberText()).isEqualTo("1 238");
        assertThat(split.unitText()).isNull();
        assertThat(split.hasUnit()).isFalse();
    }

    @Test
    void givesAnEmptyNumberWhenTheCellDoesNotStartWithOne() {
        QuantityText split = QuantityText.split("about 545 kg");
        assertThat(split.numberText()).isEmpty();
        assertThat(split.unitText()).isEqualTo("about 545 kg");
    }
}
