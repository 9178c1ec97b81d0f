package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainDecimalTests {

    @Test
    void readsPlainDecimalsAsTheVeryDoubleParseDoubleGives() {
        // given
        List<String> texts = List.of("0", "-0", "42", "007", "3.5", "-3.5", "0.1", "0.3", "1.", ".5", "-.5",
                "123456789012345", "0.00000000000001", "99999.9999999999", "45291", "45291.5", "0.1234567890123",
                "2.675", "1.005", "9007199254740.99");
        Random random = new Random(20190601);
        java.util.ArrayList<String> all = new java.util.ArrayList<>(texts);
        for (int i = 0; i < 20_000; i++) {
            long mantissa = random.nextLong() % 1_000_000_000_000_000L;
            String digits = Long.toString(Math.abs(mantissa));
            int point = random.nextInt(digits.length() + 1);
            all.add((mantissa < 0 ? "-" : "") + digits.substring(0, point) + "." + digits.substring(point));
            all.add(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(12))));
        }

        for (String text : all) {
            // when
            double plain = PlainDecimal.parse(text);

            // then
            if (!Double.isNaN(plain)) {
                assertThat(Double.doubleToRawLongBits(plain)).as(text)
                        .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
            }
        }
        assertThat(texts.stream().filter(t -> !Double.isNaN(PlainDecimal.parse(t)))).hasSize(texts.size());
    }

    @Test
    void leavesEverythingElseToParseDouble() {
        for (String text : List.of("", "-", ".", "1e5", "1E-3", " 1", "1 ", "+1", "1.2.3", "NaN", "Infinity",
                "1234567890123456", "0x1F", "1,5", "\u0661")) {
            assertThat(PlainDecimal.parse(text)).as(text).isNaN();
        }
    }

    @Test
    void readsAShortRunOfDigitsAsAnIndex() {
        assertThat(PlainDecimal.index("0")).isZero();
        assertThat(PlainDecimal.index("00042")).isEqualTo(42);
        assertThat(PlainDecimal.index("999999999")).isEqualTo(999_999_999);
        for (String text : List.of("", " 1", "1 ", "-1", "+1", "1.0", "1234567890", "a")) {
            assertThat(PlainDecimal.index(text)).as(text).isEqualTo(PlainDecimal.NOT_AN_INDEX);
        }
    }
}
