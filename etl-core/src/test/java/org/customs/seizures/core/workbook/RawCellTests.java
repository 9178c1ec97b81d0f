package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.customs.seizures.core.text.FoldedText;
import org.junit.jupiter.api.Test;

class RawCellTests {

    @Test
    void aTextOfOneCharacterIsBlankExactlyWhenItCleansToNothing() {
        // given
        List<String> disagreements = new ArrayList<>();

        // when
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            for (String text : List.of(String.valueOf(c), c + "x", c + " ", "x" + c)) {
                if (RawCell.text(0, text).isBlank() != cleansToNothing(text)) {
                    disagreements.add(text);
                }
            }
        }

        // then
        assertThat(disagreements).isEmpty();
    }

    @Test
    void aRandomTextIsBlankExactlyWhenItCleansToNothing() {
        // given: texts of spaces, invisible characters, controls and visible characters, ASCII or not
        char[] alphabet = alphabet();
        Random random = new Random(20190601);
        List<String> disagreements = new ArrayList<>();
        int blank = 0;

        // when
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(6);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            boolean expected = cleansToNothing(text.toString());
            blank += expected ? 1 : 0;
            if (RawCell.text(0, text.toString()).isBlank() != expected) {
                disagreements.add(text.toString());
            }
        }

        // then: both answers met often
        assertThat(disagreements).isEmpty();
        assertThat(blank).isBetween(10_000, 190_000);
    }

    @Test
    void onlyATextCellCanBeBlank() {
        assertThat(RawCell.text(0, "").isBlank()).isTrue();
        assertThat(RawCell.error(0, "").isBlank()).isFalse();
        assertThat(RawCell.number(0, 0).isBlank()).isFalse();
    }

    @Test
    void formatsRandomNumbersInAndAroundThePlainRangeAsTheBigDecimalTextDoes() {
        // given: magnitudes from 10^-5 to 10^9, numbers typed with a few decimals, and any bits at all
        Random random = new Random(20190602);
        List<Double> numbers = new ArrayList<>();
        for (int n = 0; n < 150_000; n++) {
            double magnitude = Math.pow(10, -5 + 14 * random.nextDouble());
            numbers.add(random.nextBoolean() ? magnitude : -magnitude);
        }
        for (int n = 0; n < 150_000; n++) {
            long typed = random.nextInt(2_000_000_000) - 1_000_000_000L;
            numbers.add(typed / Math.pow(10, random.nextInt(10)));
        }
        for (int n = 0; n < 20_000; n++) {
            double any = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(any)) {
                numbers.add(any);
            }
        }

        // when / then
        assertFormattedAsTheBigDecimalTextDoes(numbers);
    }

    @Test
    void formatsNumbersAtTheEdgesOfThePlainRangeAsTheBigDecimalTextDoes() {
        // given: the bounds, their neighbours on either side, halves and the smallest steps
        List<Double> numbers = new ArrayList<>();
        for (double edge : new double[] {0.001, 1e-3, 0.0015, 0.00999, 0.01, 0.1, 0.5, 1, 9999999.5, 9999999.25,
                1e7, 1e7 - 0.5, 1e6 + 0.1, 1e15, 1e15 + 0.5, 4503599627370495.5, Double.MIN_VALUE,
                Double.MAX_VALUE, 0.0}) {
            double below = edge;
            double above = edge;
            for (int step = 0; step < 1_000 && Double.isFinite(above); step++) {
                numbers.add(below);
                numbers.add(above);
                numbers.add(-below);
                numbers.add(-above);
                below = Math.nextDown(below);
                above = Math.nextUp(above);
            }
        }
        numbers.add(-0.0);

        // when / then
        assertFormattedAsTheBigDecimalTextDoes(numbers);
    }

    @Test
    void displaysNumbersInPlainNotationWithoutTrailingZeros() {
        assertThat(RawCell.number(0, 0.001).display()).isEqualTo("0.001");
        assertThat(RawCell.number(0, -12.5).display()).isEqualTo("-12.5");
        assertThat(RawCell.number(0, 9999999.5).display()).isEqualTo("9999999.5");
        assertThat(RawCell.number(0, 12345678.5).display()).isEqualTo("12345678.5");
        assertThat(RawCell.number(0, 0.0001).display()).isEqualTo("0.0001");
        assertThat(RawCell.number(0, -0.0).display()).isEqualTo("0");
        assertThat(RawCell.number(0, 3.0).display()).isEqualTo("3");
    }

    private static void assertFormattedAsTheBigDecimalTextDoes(List<Double> numbers) {
        List<String> disagreements = new ArrayList<>();
        for (double number : numbers) {
            String expected = bigDecimalText(number);
            String formatted = RawCell.formatNumber(number);
            if (!formatted.equals(expected)) {
                disagreements.add(number + ": " + formatted + " instead of " + expected);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The text before the fast path: a whole number as a long, any other through BigDecimal. */
    private static String bigDecimalText(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The full check the fast path must agree with. */
    private static boolean cleansToNothing(String text) {
        return FoldedText.clean(text).isEmpty();
    }

    /** Every space, whitespace and invisible character there is, weighted up, and a few visible ones. */
    private static char[] alphabet() {
        StringBuilder chars = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Character.isSpaceChar(c) || Character.isWhitespace(c) || Character.isISOControl(c)
                    || Character.getType(c) == Character.FORMAT) {
                chars.append(c).append(c).append(c);
            }
        }
        chars.append("\u200B\u200C\u200D\u2060\uFEFF\u00AD".repeat(3));
        chars.append("aZ09-.~!\u00E9\u00F1\u0153\u4E2D\u00A9\uD83D");
        return chars.toString().toCharArray();
    }
}
