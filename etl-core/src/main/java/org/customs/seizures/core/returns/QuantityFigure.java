package org.customs.seizures.core.returns;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * A quantity read just well enough to add up lines against a totals row: a number cell, or
 * number text with the declared decimal separator, optionally followed by a unit
 * ({@code 1 238,5 kg}). This is not the line validator's reading: anything doubtful is
 * "unreadable" and the totals check is skipped.
 *
 * @param value the number, or null when unreadable
 * @param unit  the unit written after the number in the cell, or null
 */
record QuantityFigure(BigDecimal value, String unit) {

    private static final Pattern NUMBER_AND_UNIT =
            Pattern.compile("(-?[0-9][0-9.,\\s\u00A0\u2009\u202F]*?)\\s*([^0-9\\s.,-].*)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    static Optional<QuantityFigure> of(RawCell cell, char decimalSeparator) {
        if (cell == null || cell.isBlank()) {
            return Optional.empty();
        }
        if (cell.kind() == CellKind.NUMBER) {
            return Optional.of(new QuantityFigure(BigDecimal.valueOf(cell.number()), null));
        }
        if (cell.kind() != CellKind.TEXT) {
            return Optional.of(new QuantityFigure(null, null));
        }
        String text = FoldedText.clean(cell.text());
        Matcher m = NUMBER_AND_UNIT.matcher(text);
        if (!m.matches()) {
            return Optional.of(new QuantityFigure(null, null));
        }
        String digits = m.group(1).replaceAll("[\\s\u00A0\u2009\u202F]", "");
        digits = decimalSeparator == ',' ? digits.replace(".", "").replace(',', '.') : digits.replace(",", "");
        String unit = m.group(2) == null ? null : m.group(2).strip();
        return Optional.of(new QuantityFigure(PLAIN.matcher(digits).matches() ? new BigDecimal(digits) : null, unit));
    }

    boolean readable() {
        return value != null;
    }
}
