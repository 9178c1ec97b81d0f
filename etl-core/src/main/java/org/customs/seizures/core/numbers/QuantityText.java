package org.customs.seizures.core.numbers;

/**
 * A quantity cell that may carry its unit (returns.md §3, variation 7): {@code 545 kg},
 * {@code 2,550 m3}, {@code 2 550 m³}, {@code 4 585 t}, {@code 12.5kg}, {@code 1.238,5 kg}.
 *
 * <p>The number is the leading run of characters a number can hold (an optional sign, digits,
 * {@code .}, {@code ,} and the thousands spaces); the unit is everything from the first other
 * character on. So in {@code 4 585 t} the space between 4 and 585 stays in the number and
 * {@code t} is the unit, while the {@code 3} of {@code m3} belongs to the unit because a letter
 * came first. Nothing is interpreted here: {@link TextNumber} reads the number and the unit
 * catalogue the unit.
 *
 * @param numberText the number part, trimmed (empty when the cell does not start with a number)
 * @param unitText   the unit part, trimmed, or null when the cell holds only a number
 */
public record QuantityText(String numberText, String unitText) {

    /** Splits a quantity cell's text into its number and its trailing unit. */
    public static QuantityText split(String cellText) {
        String text = TextNumber.withoutInvisibles(cellText);
        int i = 0;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-' || text.charAt(0) == '\u2212')) {
            i = 1;
        }
        while (i < text.length() && isNumberChar(text.charAt(i))) {
            i++;
        }
        String number = TextNumber.trimSpaces(text.substring(0, i));
        String unit = TextNumber.trimSpaces(text.substring(i));
        return new QuantityText(number, unit.isEmpty() ? null : unit);
    }

    /** True when the cell text carries a unit after its number. */
    public boolean hasUnit() {
        return unitText != null;
    }

    private static boolean isNumberChar(char c) {
        return TextNumber.isDigit(c) || c == '.' || c == ',' || TextNumber.isGroupSpace(c);
    }
}
