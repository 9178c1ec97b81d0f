package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;

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
