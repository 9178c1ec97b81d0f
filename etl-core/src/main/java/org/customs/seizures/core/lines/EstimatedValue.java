package org.customs.seizures.core.lines;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.customs.seizures.core.numbers.QuantityText;
import org.customs.seizures.core.numbers.TextNumber;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * The estimated value of the goods and its ISO 4217 currency. Both are optional: what cannot be read is
 * left out with a warning, never a rejection. A value cell may carry its currency after the number
 * ({@code 12 500 EUR}); the currency column wins.
 *
 * @param value    the value, or null
 * @param currency the ISO 4217 code, or null
 */
record EstimatedValue(BigDecimal value, String currency) {

    /** Symbols that name exactly one currency ({@code $} does not: many currencies use it). */
    private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR");

    static EstimatedValue read(ReturnLine line, char decimalSeparator, LineFaults faults) {
        String currencyInValue = null;
        BigDecimal value = null;
        RawCell valueCell = faults.broken(Field.ESTIMATED_VALUE) ? null : line.cell(Field.ESTIMATED_VALUE);
        if (CellText.present(valueCell)) {
            if (valueCell.kind() == CellKind.NUMBER) {
                value = BigDecimal.valueOf(valueCell.number());
            } else {
                String valueText = CellText.of(valueCell);
                QuantityText split = QuantityText.split(valueText);
                TextNumber.Result result = TextNumber.parse(split.numberText(), decimalSeparator);
                if (result instanceof TextNumber.Parsed parsed && valueCell.kind() == CellKind.TEXT) {
                    value = parsed.value();
                    currencyInValue = split.unitText();
                } else {
                    faults.warn(Field.ESTIMATED_VALUE, valueCell, "VALUE_UNREADABLE", faults.column(Field.ESTIMATED_VALUE)
                            + " '" + valueText + "' is not a number and was left out");
                }
            }
        }
        RawCell currencyCell = faults.broken(Field.CURRENCY) ? null : line.cell(Field.CURRENCY);
        String currencyText = CellText.of(currencyCell);
        Field currencyField = Field.CURRENCY;
        if (currencyText == null && currencyInValue != null) {
            currencyText = currencyInValue;
            currencyCell = valueCell;
            currencyField = Field.ESTIMATED_VALUE;
        }
        String currency = null;
        if (currencyText != null) {
            currency = isoCode(currencyText);
            if (currency == null) {
                faults.warn(currencyField, currencyCell, "CURRENCY_UNKNOWN", "Currency '" + currencyText
                        + "' is not an ISO 4217 currency code (such as EUR or USD) and was left out");
            }
        }
        return new EstimatedValue(value, currency);
    }

    private static String isoCode(String text) {
        String symbol = SYMBOLS.get(text);
        if (symbol != null) {
            return symbol;
        }
        String code = text.toUpperCase(Locale.ROOT);
        if (!threeAsciiCapitals(code)) {
            return null;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean threeAsciiCapitals(String code) {
        return code.length() == 3 && isAsciiCapital(code.charAt(0)) && isAsciiCapital(code.charAt(1))
                && isAsciiCapital(code.charAt(2));
    }

    private static boolean isAsciiCapital(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
