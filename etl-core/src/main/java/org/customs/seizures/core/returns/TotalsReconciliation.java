package org.customs.seizures.core.returns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;

/**
 * Adds up the quantities of the lines since the previous totals row, per unit (its Rec 20 code when
 * the unit is known, so {@code kg}, {@code kgs} and {@code kilos} add up together; else the unit text
 * folded), and checks a totals row's quantity against them. When the lines above mix units, the
 * check is made only if the totals row names one of them; when a quantity above cannot be read,
 * its unit is not checked. Quantities are not converted between units.
 */
final class TotalsReconciliation {

    /** Whole numbers below this add up in a long: exactly what their {@link BigDecimal#valueOf(double)} adds up to. */
    private static final double WHOLE_LIMIT = 1e9;
    /** Unit keys remembered per sheet: the same few unit texts on every line (ever-new texts clear it). */
    private static final int KNOWN_UNITS = 256;

    private final HeaderRow header;
    private final char decimalSeparator;
    private final java.util.function.Function<String, Optional<String>> unitCode;
    private final Map<String, Sum> sums = new LinkedHashMap<>();
    private final Map<String, String> keyByUnit = new java.util.HashMap<>();
    private final Map<String, String> unitAsWritten = new LinkedHashMap<>();
    private final Set<String> unreadable = new HashSet<>();
    private int firstRow;
    private int lastRow;

    TotalsReconciliation(HeaderRow header, char decimalSeparator,
                         java.util.function.Function<String, Optional<String>> unitCode) {
        this.header = header;
        this.decimalSeparator = decimalSeparator;
        this.unitCode = unitCode;
    }

    /** The key lines and totals are added up under: the unit's code when known, else its folded text. */
    private String key(String unit) {
        if (unit == null || unit.isEmpty()) {
            return "";
        }
        String known = keyByUnit.get(unit);
        if (known != null) {
            return known;
        }
        String key = unitCode.apply(unit).orElseGet(() -> FoldedText.fold(unit));
        if (keyByUnit.size() >= KNOWN_UNITS) {
            keyByUnit.clear();
        }
        keyByUnit.put(unit, key);
        return key;
    }

    /** A line above the next totals row. */
    void add(RawRow row) {
        RawCell quantity = cell(row, Field.QUANTITY);
        if (quantity != null && quantity.kind() == CellKind.NUMBER && isWhole(quantity.number())) {
            sumOf(section(row, namedUnitOrHeaders(row, null))).addWhole((long) quantity.number());
            return; // the figure of a whole number cell: the number, no unit written after it
        }
        Optional<QuantityFigure> figure = QuantityFigure.of(quantity, decimalSeparator);
        if (figure.isEmpty()) {
            return;
        }
        String key = section(row, namedUnitOrHeaders(row, figure.get()));
        if (figure.get().readable()) {
            sumOf(key).add(figure.get().value());
        } else {
            unreadable.add(key);
        }
    }

    private static boolean isWhole(double number) {
        return number == Math.rint(number) && Math.abs(number) < WHOLE_LIMIT;
    }

    /** Counts the row in the section, under the key of its unit (returned). */
    private String section(RawRow row, String unit) {
        String key = key(unit);
        unitAsWritten.putIfAbsent(key, unit);
        if (firstRow == 0) {
            firstRow = row.rowNumber();
        }
        lastRow = row.rowNumber();
        return key;
    }

    private Sum sumOf(String key) {
        Sum sum = sums.get(key);
        if (sum == null) {
            sum = new Sum();
            sums.put(key, sum);
        }
        return sum;
    }

    /** Checks a totals row against the lines above it, then starts a new section. */
    Optional<String> check(RawRow totalsRow) {
        try {
            return mismatch(totalsRow);
        } finally {
            sums.clear();
            unitAsWritten.clear();
            unreadable.clear();
            firstRow = 0;
            lastRow = 0;
        }
    }

    private Optional<String> mismatch(RawRow totalsRow) {
        Optional<QuantityFigure> figure = QuantityFigure.of(cell(totalsRow, Field.QUANTITY), decimalSeparator);
        if (figure.isEmpty() || !figure.get().readable() || unitAsWritten.isEmpty()) {
            return Optional.empty();
        }
        String named = namedUnit(totalsRow, figure.get());
        String key;
        if (named != null && unitAsWritten.containsKey(key(named))) {
            key = key(named);
        } else if (unitAsWritten.size() == 1 && (named == null || unitAsWritten.containsKey(""))) {
            key = unitAsWritten.keySet().iterator().next();
        } else {
            return Optional.empty(); // mixed units and none named, or a unit the lines above do not use
        }
        if (unreadable.contains(key) || !sums.containsKey(key)) {
            return Optional.empty();
        }
        BigDecimal total = figure.get().value();
        BigDecimal sum = sums.get(key).value();
        if (sum.subtract(total).abs().compareTo(tolerance(total)) <= 0) {
            return Optional.empty();
        }
        String unit = named != null ? named : unitAsWritten.get(key);
        String suffix = unit == null || unit.isEmpty() ? "" : " " + unit;
        String rows = firstRow == lastRow ? "row " + firstRow : "rows " + firstRow + " to " + lastRow;
        return Optional.of("Row " + totalsRow.rowNumber() + " gives a total of " + plain(total) + suffix
                + " but the lines above it (" + rows + ") add up to " + plain(sum) + suffix);
    }

    /** A total typed rounded is accepted within half a unit of its last decimal place. */
    private static BigDecimal tolerance(BigDecimal total) {
        BigDecimal stripped = total.stripTrailingZeros();
        int scale = Math.max(0, Math.min(stripped.scale(), 9));
        return BigDecimal.ONE.movePointLeft(scale).divide(BigDecimal.valueOf(2), 10, RoundingMode.HALF_UP);
    }

    private String namedUnitOrHeaders(RawRow row, QuantityFigure figure) {
        String named = namedUnit(row, figure);
        if (named != null) {
            return named;
        }
        return header.unitFromHeader() == null ? "" : header.unitFromHeader();
    }

    /** The unit a row itself names: its unit cell, else a unit written after the quantity (figure may be null: none). */
    private String namedUnit(RawRow row, QuantityFigure figure) {
        RawCell unitCell = cell(row, Field.UNIT);
        if (unitCell != null) {
            // a text cell is blank when it cleans to nothing; any other cell is never blank
            String cleaned = FoldedText.clean(unitCell.display());
            if (unitCell.kind() != CellKind.TEXT || !cleaned.isEmpty()) {
                return cleaned;
            }
        }
        return figure == null ? null : figure.unit();
    }

    private RawCell cell(RawRow row, Field field) {
        Integer columnOfField = header.columnByField().get(field);
        if (columnOfField == null) {
            return null;
        }
        return row.cellAt(columnOfField);
    }

    /** The lines' quantities in one unit: whole numbers in a long, the others as decimals. */
    private static final class Sum {

        private long whole;
        private BigDecimal decimals;

        void addWhole(long number) {
            whole += number;
        }

        void add(BigDecimal number) {
            decimals = decimals == null ? number : decimals.add(number);
        }

        BigDecimal value() {
            return decimals == null ? BigDecimal.valueOf(whole) : decimals.add(BigDecimal.valueOf(whole));
        }
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
