package org.customs.seizures.core.numbers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.customs.seizures.core.numbers.TextNumber.Ambiguous;
import org.customs.seizures.core.numbers.TextNumber.Invalid;
import org.customs.seizures.core.numbers.TextNumber.Parsed;
import org.customs.seizures.core.numbers.TextNumber.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TextNumberTests {

    private static BigDecimal parsed(String text, char separator) {
        Result result = TextNumber.parse(text, separator);
        assertThat(result).as("'%s' under '%s'", text, separator).isInstanceOf(Parsed.class);
        return ((Parsed) result).value();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1238|1238",
            "12.5|12.5",
            "1,238|1238",
            "1,238.5|1238.5",
            "1,238,500.75|1238500.75",
            "1 238.5|1238.5",
            ".5|0.5",
            "0.25|0.25",
            "007|7"})
    void readsNumbersUnderPointSeparator(String text, String expected) {
        assertThat(parsed(text, '.')).isEqualByComparingTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1 238,5|1238.5",
            "1.238,5|1238.5",
            "1.238|1238",
            "1,238|1.238",
            "12,5|12.5",
            "1.238.500|1238500"})
    void readsNumbersUnderCommaSeparator(String text, String expected) {
        assertThat(parsed(text, ',')).isEqualByComparingTo(expected);
    }

    @Test
    void acceptsEveryKindOfThousandsSpace() {
        assertThat(parsed("1\u00A0238,5", ',')).isEqualByComparingTo("1238.5");
        assertThat(parsed("1\u202F238\u202F500", '.')).isEqualByComparingTo("1238500");
        assertThat(parsed("1\u2009238", '.')).isEqualByComparingTo("1238");
        assertThat(parsed("1\u00A0238 500", '.')).as("all spaces are one kind of separator")
                .isEqualByComparingTo("1238500");
    }

    @Test
    void ignoresSurroundingSpacesAndInvisibleCharacters() {
        assertThat(parsed("  \u200B12.5\uFEFF\u00A0 ", '.')).isEqualByComparingTo("12.5");
        assertThat(parsed("1\u200B238", '.')).isEqualByComparingTo("1238");
    }

    @Test
    void readsLeadingSigns() {
        assertThat(parsed("+12.5", '.')).isEqualByComparingTo("12.5");
        assertThat(parsed("-1 238,5", ',')).isEqualByComparingTo("-1238.5");
        assertThat(parsed("\u221212", '.')).isEqualByComparingTo("-12");
    }

    @Test
    void keepsTheDigitsAsTyped() {
        assertThat(parsed("12.50", '.')).isEqualTo(new BigDecimal("12.50"));
    }

    @Test
    void reportsADeclaredDecimalMarkUsedForThousandsAsAmbiguous() {
        Result result = TextNumber.parse("1.238,5", '.');
        assertThat(result).isInstanceOf(Ambiguous.class);
        assertThat(((Ambiguous) result).reason()).contains("1238.5").contains("declares '.'");
        assertThat(TextNumber.parse("1.238.500", '.')).isInstanceOf(Ambiguous.class);
        assertThat(TextNumber.parse("1,238.5", ',')).isInstanceOf(Ambiguous.class);
    }

    @Test
    void rejectsACommaDecimalUnderPointSeparatorWithAHint() {
        Result result = TextNumber.parse("12,5", '.');
        assertThat(result).isInstanceOf(Invalid.class);
        assertThat(((Invalid) result).reason()).contains("three digits").contains("12.5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,2,3|.",
            "1,2,3|,",
            "1234,567|.",
            "1,23|.",
            "1,2345|.",
            "1,238 500|.",
            "0,238|.",
            "1,,238|.",
            ",238|.",
            "5.|.",
            "12a|.",
            "1e5|.",
            "abc|.",
            "-|.",
            "1.2.3|,",
            "12.5.|."})
    void rejectsMalformedNumbers(String text, char separator) {
        assertThat(TextNumber.parse(text, separator)).isInstanceOf(Invalid.class);
    }

    @Test
    void rejectsEmptyText() {
        assertThat(TextNumber.parse("  \u200B ", '.')).isEqualTo(new Invalid("it is empty"));
        assertThat(TextNumber.parse(null, '.')).isInstanceOf(Invalid.class);
    }

    @Test
    void namesTheMixedSeparators() {
        Result result = TextNumber.parse("1,238 500", '.');
        assertThat(((Invalid) result).reason()).contains("mixes thousands separators");
    }

    @Test
    void refusesAnUnknownDecimalSeparator() {
        assertThatThrownBy(() -> TextNumber.parse("1", ';')).isInstanceOf(IllegalArgumentException.class);
    }
}
