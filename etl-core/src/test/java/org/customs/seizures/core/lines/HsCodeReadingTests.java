package org.customs.seizures.core.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HsCodeReadingTests {

    private static String read(RawCell cell, LineFaults[] faultsOut) {
        Map<Field, RawCell> cells = new EnumMap<>(Field.class);
        cells.put(Field.HS_CODE, cell);
        ReturnLine line = new ReturnLine("Seizures", 7, cells, Map.of(Field.HS_CODE, "HS"), null);
        LineFaults faults = new LineFaults(line);
        faultsOut[0] = faults;
        return HsCodeReading.digits(line, faults);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', nullValues = "null", value = {
            "0507.10; 050710", "4403 49; 440349", "4403\t49; 440349", "44.03.49.00.10; 4403490010",
            "'  0507 . 10 '; 050710", "4403\u000B49\f; 440349", "0507; 0507",
            "050; null", "05071012345; null", "05A7; null", "0507-10; null", "0507\u00A010; 050710",
            "\u0660\u0665\u0660\u0667; null", "....; null", "4403,49; null"
    })
    void readsTheDigitsOfATextCodeWithoutItsDotsAndSpaces(String typed, String digits) {
        // given
        LineFaults[] faults = new LineFaults[1];

        // when
        String read = read(RawCell.text(2, typed), faults);

        // then
        assertThat(read).isEqualTo(digits);
        assertThat(faults[0].warnings()).hasSize(digits == null ? 1 : 0);
        if (digits == null) {
            assertThat(faults[0].warnings().get(0).code()).isEqualTo("HS_CODE_IGNORED");
        }
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "507.1, 050710", "440399, 440399", "4403, 4403", "44.0399, 440399", "8549.111, 85491110",
            "507, 0507", "0.5071, 005071", "-507.1, null", "5071.0, 5071", "12345678901, null", "1e20, null"
    })
    void padsANumberCodeBackToPairsOfDigits(double stored, String digits) {
        assertThat(read(RawCell.number(2, stored), new LineFaults[1])).isEqualTo(digits);
    }

    @Test
    void keepsExactlyWhatTheRuleAsRegularExpressionsKeeps() {
        // given: random short texts of digits, dots, spaces of every kind, letters and other digits
        Random random = new Random(7);
        String alphabet = "0123456789.. \t\n\u000B\f\r\u00A0A-,\u0660";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder typed = new StringBuilder();
            for (int n = random.nextInt(14); n > 0; n--) {
                typed.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = CellText.of(RawCell.text(2, typed.toString()));

            // when
            String read = read(RawCell.text(2, typed.toString()), new LineFaults[1]);

            // then: dots and \s removed, then 4 to 10 ASCII digits
            String rule = text == null ? null : text.replaceAll("[.\\s]", "");
            assertThat(read).as(typed.toString()).isEqualTo(rule != null && rule.matches("\\d{4,10}") ? rule : null);
        }
    }
}
