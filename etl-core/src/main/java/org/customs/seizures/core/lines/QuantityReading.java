package org.customs.seizures.core.lines;

import java.math.BigDecimal;
import org.customs.seizures.core.numbers.QuantityText;
import org.customs.seizures.core.numbers.TextNumber;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * The quantity of a line: a number cell as it is, or text read with the return's decimal separator,
 * perhaps followed by its unit ({@code 1 238,5 kg}).
 *
 * @param quantity   the quantity, or null when it is missing or was rejected
 * @param unitInCell the unit text written after the number in the cell, or null
 * @param unreadable true when the cell holds text that is not a number (its unit, if any, cannot be told apart)
 */
record QuantityReading(BigDecimal quantity, String unitInCell, boolean unreadable) {

    private static final QuantityReading NONE = new QuantityReading(null, null, false);
    private static final QuantityReading UNREADABLE = new QuantityReading(null, null, true);

    static QuantityReading read(ReturnLine line, char decimalSeparator, LineFaults faults) {
        if (faults.broken(Field.QUANTITY)) {
            return UNREADABLE;
        }
        RawCell cell = line.cell(Field.QUANTITY);
        if (!CellText.present(cell)) {
            faults.reject(Field.QUANTITY, (String) null, RejectReason.QTY_MISSING,
                    "The quantity (column '" + faults.column(Field.QUANTITY) + "') is empty");
            return NONE;
        }
        if (cell.kind() == CellKind.NUMBER) {
            return positive(BigDecimal.valueOf(cell.number()), null, cell, faults);
        }
        if (cell.kind() != CellKind.TEXT) {
            faults.reject(Field.QUANTITY, cell, RejectReason.QTY_NOT_NUMBER,
                    faults.column(Field.QUANTITY) + " '" + cell.display() + "' is not a number");
            return UNREADABLE;
        }
        QuantityText split = QuantityText.split(cell.text());
        String shown = faults.column(Field.QUANTITY) + " '" + CellText.of(cell) + "'";
        if (split.numberText().isEmpty()) {
            faults.reject(Field.QUANTITY, cell, RejectReason.QTY_NOT_NUMBER,
                    shown + " does not start with a number");
            return UNREADABLE;
        }
        TextNumber.Result result = TextNumber.parse(split.numberText(), decimalSeparator);
        if (result instanceof TextNumber.Parsed parsed) {
            return positive(parsed.value(), split.unitText(), cell, faults);
        }
        if (result instanceof TextNumber.Ambiguous ambiguous) {
            faults.reject(Field.QUANTITY, cell, RejectReason.QTY_AMBIGUOUS,
                    shown + " is ambiguous: " + ambiguous.reason());
        } else {
            faults.reject(Field.QUANTITY, cell, RejectReason.QTY_NOT_NUMBER,
                    shown + " is not a number: " + ((TextNumber.Invalid) result).reason());
        }
        return new QuantityReading(null, split.unitText(), false);
    }

    private static QuantityReading positive(BigDecimal value, String unitInCell, RawCell cell, LineFaults faults) {
        if (value.signum() <= 0) {
            faults.reject(Field.QUANTITY, cell, RejectReason.QTY_NOT_POSITIVE,
                    faults.column(Field.QUANTITY) + " '" + CellText.of(cell) + "' is not more than zero");
            return new QuantityReading(null, unitInCell, false);
        }
        return new QuantityReading(value, unitInCell, false);
    }
}
