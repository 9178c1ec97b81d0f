package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SerialDatesTests {

    @Test
    void givesWhatTheDateSystemGivesForEverySerialInAnyOrder() {
        // given serials that share slots, repeat, are fractions, invalid or not numbers at all
        List<Double> serials = new ArrayList<>(List.of(0.0, -0.0, 1.0, 60.0, 61.0, 43_617.0, 43_617.5, 43_617.0 + 256,
                43_617.0 - 256, -1.0, 2_958_466.0, 2_958_465.999, Double.NaN, -1e300));
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            serials.add(43_000 + random.nextInt(1_200) + (random.nextBoolean() ? 0 : random.nextInt(86_400) / 86_400.0));
        }
        for (DateSystem system : DateSystem.values()) {
            SerialDates dates = new SerialDates(system);
            for (int pass = 0; pass < 2; pass++) {
                for (double serial : serials) {
                    // when
                    RawCell remembered = dates.numeric(3, serial, true, false);
                    RawCell computed = system.numeric(3, serial, true, false);

                    // then
                    assertThat(remembered).as("%s %s", system, serial).isEqualTo(computed);
                    assertThat(dates.numeric(3, serial, false, true)).isEqualTo(system.numeric(3, serial, false, true));
                }
            }
        }
    }

    @Test
    void aNumberOutsideADateStyleStaysANumber() {
        // given
        SerialDates dates = new SerialDates(DateSystem.FROM_1900);

        // when
        RawCell cell = dates.numeric(0, 43_617, false, false);

        // then
        assertThat(cell.kind()).isEqualTo(CellKind.NUMBER);
        assertThat(dates.numeric(0, 43_617, true, false).date()).hasToString("2019-06-01T00:00");
    }
}
