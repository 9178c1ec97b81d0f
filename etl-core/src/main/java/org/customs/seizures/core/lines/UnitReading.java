package org.customs.seizures.core.lines;

import org.customs.seizures.core.commodities.Classification;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.units.Unit;
import org.customs.seizures.core.units.UnitCatalogue;
import org.customs.seizures.core.workbook.RawCell;

/**
 * The unit of a line, from (in this order) the unit column, the text after the number in the quantity
 * cell, or the quantity header ({@code Quantity (kg)}).
 *
 * @param unit       the unit, or null when it is missing or unknown
 * @param unitText   the unit as the sender wrote it
 * @param field      the column it was read from (UNIT, or QUANTITY for the cell and the header)
 * @param cell       the cell it was read from, or null when it came from the header
 */
record UnitReading(Unit unit, String unitText, Field field, RawCell cell) {

    static UnitReading read(ReturnLine line, QuantityReading quantity, UnitCatalogue units, LineFaults faults) {
        if (faults.broken(Field.UNIT)) {
            return new UnitReading(null, null, Field.UNIT, line.cell(Field.UNIT));
        }
        RawCell unitCell = line.cell(Field.UNIT);
        String fromColumn = CellText.of(unitCell);
        String header = FoldedText.clean(line.unitFromHeader());
        UnitReading source;
        if (fromColumn != null) {
            source = new UnitReading(null, fromColumn, Field.UNIT, unitCell);
            warnWhenTheQuantityCellSaysOtherwise(fromColumn, quantity, units, line, faults);
        } else if (quantity.unitInCell() != null) {
            source = new UnitReading(null, quantity.unitInCell(), Field.QUANTITY, line.cell(Field.QUANTITY));
        } else if (header != null && !header.isEmpty()) {
            source = new UnitReading(null, header, Field.QUANTITY, null);
        } else {
            if (!quantity.unreadable()) {
                faults.reject(Field.UNIT, (String) null, RejectReason.UNIT_MISSING, "No unit is given for this line: "
                        + "no unit column, no unit after the quantity and none in the quantity header");
            }
            return new UnitReading(null, null, Field.UNIT, null);
        }
        Unit unit = units.resolve(source.unitText).orElse(null);
        if (unit == null) {
            String where = source.cell == null ? "in the header '" + faults.column(Field.QUANTITY) + "'"
                    : "in column '" + faults.column(source.field) + "'";
            String why = units.refusal(source.unitText).map(refusal -> "is refused: " + refusal)
                    .orElse("is not a unit we know");
            faults.reject(source.field, source.cell == null ? source.unitText : source.cell.display(),
                    RejectReason.UNIT_UNKNOWN, "Unit '" + source.unitText + "' " + where + " " + why);
            return source;
        }
        return new UnitReading(unit, source.unitText, source.field, source.cell);
    }

    /** Rejects a unit that cannot measure the commodity (an unclassified commodity accepts every unit). */
    void checkApplicableTo(Classification classification, LineFaults faults) {
        if (unit == null || classification.by() == ClassifiedBy.UNCLASSIFIED
                || classification.commodity().measurableIn(unit.measure())) {
            return;
        }
        StringBuilder allowed = new StringBuilder();
        for (Measure m : classification.commodity().measures()) {
            allowed.append(allowed.length() == 0 ? "" : " or ").append(m.dimension());
        }
        faults.reject(field, cell == null ? unitText : cell.display(), RejectReason.UNIT_NOT_APPLICABLE, "Unit '" + unitText + "' measures "
                + unit.measure().dimension() + ", but " + classification.commodity().nameEn()
                + " is counted by " + allowed);
    }

    /**
     * The text after the number in the quantity cell must be a unit: {@code 12 kg approx?} is not a
     * quantity, and is rejected rather than read as 12. A known unit that differs from the unit column
     * is only a warning (the column wins).
     */
    private static void warnWhenTheQuantityCellSaysOtherwise(String fromColumn, QuantityReading quantity,
                                                              UnitCatalogue units, ReturnLine line,
                                                              LineFaults faults) {
        if (quantity.unitInCell() == null) {
            return;
        }
        Unit inColumn = units.resolve(fromColumn).orElse(null);
        Unit inCell = units.resolve(quantity.unitInCell()).orElse(null);
        if (inCell == null) {
            faults.reject(Field.QUANTITY, line.cell(Field.QUANTITY), RejectReason.QTY_NOT_NUMBER,
                    faults.column(Field.QUANTITY) + " '" + CellText.of(line.cell(Field.QUANTITY))
                            + "' is not a number: '" + quantity.unitInCell() + "' after it is not a unit");
            return;
        }
        if (inColumn != null && !inColumn.equals(inCell)) {
            faults.warn(Field.QUANTITY, line.cell(Field.QUANTITY), "UNIT_IN_QUANTITY_IGNORED",
                    "The quantity cell says '" + quantity.unitInCell() + "' but the unit column says '"
                            + fromColumn + "'; the unit column was used");
        }
    }
}
