package org.customs.seizures.core.lines;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.customs.seizures.core.commodities.Classification;
import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.units.UnitCatalogue;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;

/**
 * Turns one {@link ReturnLine} into a {@link SeizureLine} to load, or rejects it with every fault found
 * (returns.md §4): a line is checked to the end, so the sender learns all that is wrong with it at once.
 *
 * <ul>
 *   <li>Required: case reference, seizure date, commodity ({@code REQUIRED_MISSING}), quantity
 *       ({@code QTY_MISSING}), a unit in the unit column, after the quantity or in the quantity header
 *       ({@code UNIT_MISSING}).</li>
 *   <li>A cell holding an error value or a formula without a computed value rejects the line whichever
 *       column it is in ({@code CELL_ERROR}, {@code FORMULA_WITHOUT_VALUE}), naming the cell: a value that
 *       cannot be seen must not vanish.</li>
 *   <li>Quantity, date, unit and country rules: see {@link QuantityReading}, {@link DateReading},
 *       {@link UnitReading}, {@link CountryReading}.</li>
 *   <li>Never a rejection: an unrecognised commodity (loads as {@code UNCLASSIFIED}), a bad HS code, an
 *       unreadable estimated value or currency (left out with a warning), a transport mode, detection method
 *       or direction outside the vocabularies (kept as written).</li>
 * </ul>
 */
public final class LineValidator {

    /**
     * The warning of a line whose commodity text and HS code point to different domains (the text wins); kept in
     * step by {@code ./seizures reclassify} when a line's classification moves.
     */
    public static final String COMMODITY_HS_CONFLICT = "COMMODITY_HS_CONFLICT";

    private static final Field[] FIELDS = Field.values();

    private final UnitCatalogue units;
    private final CommodityClassifier commodities;
    private final CountryResolver countries;
    private final Clock clock;
    private final Vocabulary transportModes = Vocabulary.transportModes();
    private final Vocabulary detectionMethods = Vocabulary.detectionMethods();
    private final Vocabulary directions = Vocabulary.directions();

    public LineValidator(UnitCatalogue units, CommodityClassifier commodities, CountryResolver countries, Clock clock) {
        this.units = Objects.requireNonNull(units, "units");
        this.commodities = Objects.requireNonNull(commodities, "commodities");
        this.countries = Objects.requireNonNull(countries, "countries");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LineOutcome validate(ReturnLine line, ReturnIdentity identity) {
        LineFaults faults = new LineFaults(line);
        if (holdsBrokenCell(line)) {
            for (Field field : FIELDS) {
                RawCell cell = line.cell(field);
                if (isBroken(cell)) {
                    faults.rejectBrokenCell(field, cell);
                }
            }
        }
        String caseRef = required(line, Field.CASE_REF, "case reference", faults);
        LocalDate date = DateReading.read(line, identity, clock, faults);
        String commodityText = required(line, Field.COMMODITY, "commodity", faults);
        QuantityReading quantity = QuantityReading.read(line, identity.decimalSeparator(), faults);
        UnitReading unit = UnitReading.read(line, quantity, units, faults);
        String hsCode = HsCodeReading.digits(line, faults);
        Classification classification = null;
        if (commodityText != null) {
            classification = commodities.classify(commodityText, hsCode);
            if (classification.warning() != null) {
                faults.warn(Field.COMMODITY, line.cell(Field.COMMODITY), COMMODITY_HS_CONFLICT,
                        classification.warning());
            }
            unit.checkApplicableTo(classification, faults);
        }
        String origin = CountryReading.iso3(line, Field.ORIGIN_COUNTRY, countries, faults);
        String destination = CountryReading.iso3(line, Field.DESTINATION_COUNTRY, countries, faults);
        EstimatedValue value = EstimatedValue.read(line, identity.decimalSeparator(), faults);
        if (faults.rejected()) {
            return new LineOutcome.Rejected(faults.faults());
        }
        BigDecimal baseQuantity = quantity.quantity().multiply(unit.unit().factorToBase());
        SeizureLine seizure = new SeizureLine(line.sheet(), line.rowNumber(), caseRef, date,
                classification.commodity().code(), commodityText, classification.by(),
                text(line, Field.SPECIES, faults), hsCode, quantity.quantity(), unit.unitText(), unit.unit().code(),
                unit.unit().measure(), baseQuantity, origin, destination,
                transportModes.normalise(text(line, Field.TRANSPORT_MODE, faults)),
                detectionMethods.normalise(text(line, Field.DETECTION_METHOD, faults)),
                text(line, Field.CONCEALMENT, faults),
                directions.normalise(text(line, Field.DIRECTION, faults)),
                text(line, Field.LOCATION, faults), value.value(), value.currency(),
                text(line, Field.REMARKS, faults));
        return new LineOutcome.Loaded(seizure, faults.warnings());
    }

    /** Whether any cell of the line is broken (most are not: their fields are then not looked up one by one). */
    private static boolean holdsBrokenCell(ReturnLine line) {
        for (RawCell cell : line.cells().values()) {
            if (isBroken(cell)) {
                return true;
            }
        }
        return false;
    }

    /** An error value or a formula without a computed value. */
    private static boolean isBroken(RawCell cell) {
        return cell != null && (cell.kind() == CellKind.ERROR || cell.kind() == CellKind.FORMULA_WITHOUT_VALUE);
    }

    private static String required(ReturnLine line, Field field, String what, LineFaults faults) {
        if (faults.broken(field)) {
            return null;
        }
        String text = CellText.of(line.cell(field));
        if (text == null) {
            faults.reject(field, (String) null, RejectReason.REQUIRED_MISSING,
                    "The " + what + " (column '" + faults.column(field) + "') is empty");
        }
        return text;
    }

    private static String text(ReturnLine line, Field field, LineFaults faults) {
        return faults.broken(field) ? null : CellText.of(line.cell(field));
    }
}
