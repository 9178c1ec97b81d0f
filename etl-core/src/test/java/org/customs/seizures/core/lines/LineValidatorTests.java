package org.customs.seizures.core.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.lines.LineOutcome.LineWarning;
import org.customs.seizures.core.lines.LineOutcome.Loaded;
import org.customs.seizures.core.lines.LineOutcome.Rejected;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.units.UnitCatalogue;
import org.customs.seizures.core.workbook.CellKind;
import org.customs.seizures.core.workbook.RawCell;
import org.junit.jupiter.api.Test;

class LineValidatorTests {

    private static final LocalDate TODAY = LocalDate.of(2019, 7, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final LineValidator validator = new LineValidator(units(), commodities(), countries(), CLOCK);

    // given: small hand-made catalogues, so that each test names the data it relies on

    private static UnitCatalogue units() {
        return new UnitCatalogue(List.of(
                Map.of("code", "KGM", "name", "kilogram", "dimension", "mass", "factor_to_base", "1"),
                Map.of("code", "TNE", "name", "tonne", "dimension", "mass", "factor_to_base", "1000"),
                Map.of("code", "MTQ", "name", "cubic metre", "dimension", "volume", "factor_to_base", "1"),
                Map.of("code", "H87", "name", "piece", "dimension", "count", "factor_to_base", "1")),
                List.of(Map.of("alias", "kg", "code", "KGM"), Map.of("alias", "t", "code", "TNE"),
                        Map.of("alias", "tonnes", "code", "TNE"), Map.of("alias", "m3", "code", "MTQ"),
                        Map.of("alias", "pcs", "code", "H87")));
    }

    private static CommodityClassifier commodities() {
        return new CommodityClassifier(List.of(
                commodity("IVORY_RAW", "Raw ivory", "WILDLIFE", "0507.10", "mass|count"),
                commodity("TIMBER_LOGS", "Logs and roundwood", "TIMBER", "4403.99", "volume|mass|count"),
                // deliberately narrow: an unclassified line must accept every unit whatever this row says
                commodity("UNCLASSIFIED", "Not yet classified", "OTHER", "", "count")),
                List.of(Map.of("alias", "raw ivory", "commodity_code", "IVORY_RAW"),
                        Map.of("alias", "ivoire brut", "commodity_code", "IVORY_RAW"),
                        Map.of("alias", "logs", "commodity_code", "TIMBER_LOGS")));
    }

    private static Map<String, String> commodity(String code, String name, String domain, String hs, String measures) {
        return Map.of("commodity_code", code, "name_en", name, "domain", domain, "category", domain,
                "hs_heading", hs, "cites_listed", "false", "measures", measures);
    }

    private static CountryResolver countries() {
        return new CountryResolver(List.of(
                Map.of("iso_alpha2", "CN", "iso_alpha3", "CHN", "iso_numeric", "156",
                        "name_en", "China", "name_fr", "Chine", "name_es", "China"),
                Map.of("iso_alpha2", "FR", "iso_alpha3", "FRA", "iso_numeric", "250",
                        "name_en", "France", "name_fr", "France", "name_es", "Francia")), List.of());
    }

    /** The return for July 2019 (its lines may be from June: seizures are sometimes reported late). */
    private static ReturnIdentity identity(char decimalSeparator, LocalDate submittedOn) {
        return new ReturnIdentity("KEN", YearMonth.of(2019, 7), null, 1, submittedOn, false, decimalSeparator,
                null, false);
    }

    private static ReturnIdentity identity() {
        return identity('.', LocalDate.of(2019, 7, 2));
    }

    /** A hand-made row 12 of sheet "Seizures"; each field sits in the column of its place in {@link Field} (A, B, ...). */
    private static final class Row {
        private final Map<Field, RawCell> cells = new EnumMap<>(Field.class);
        private final Map<Field, String> headers = new EnumMap<>(Field.class);
        private String unitFromHeader;

        Row text(Field field, String text) {
            return cell(field, RawCell.text(field.ordinal(), text));
        }

        Row number(Field field, double number) {
            return cell(field, RawCell.number(field.ordinal(), number));
        }

        Row cell(Field field, RawCell cell) {
            cells.put(field, cell.column() == field.ordinal() ? cell
                    : new RawCell(field.ordinal(), cell.kind(), cell.text(), cell.number(), cell.date(), false, false));
            headers.put(field, "Col " + field.key());
            return this;
        }

        /** The column is there, its cell is empty. */
        Row without(Field field) {
            cells.remove(field);
            return this;
        }

        /** The sheet has no such column. */
        Row withoutColumn(Field field) {
            cells.remove(field);
            headers.remove(field);
            return this;
        }

        Row unitInHeader(String unit) {
            this.unitFromHeader = unit;
            return this;
        }

        ReturnLine line() {
            return new ReturnLine("Seizures", 12, Map.copyOf(cells), Map.copyOf(headers), unitFromHeader);
        }
    }

    private static Row ivoryLine() {
        return new Row().text(Field.CASE_REF, "KE-2019-001").text(Field.SEIZURE_DATE, "04/06/2019")
                .text(Field.COMMODITY, "Raw ivory").number(Field.QUANTITY, 545).text(Field.UNIT, "kg");
    }

    private SeizureLine loaded(Row row) {
        return loaded(row, identity());
    }

    private SeizureLine loaded(Row row, ReturnIdentity identity) {
        LineOutcome outcome = validator.validate(row.line(), identity);
        assertThat(outcome).isInstanceOf(Loaded.class);
        return ((Loaded) outcome).line();
    }

    private List<LineWarning> warnings(Row row) {
        LineOutcome outcome = validator.validate(row.line(), identity());
        assertThat(outcome).isInstanceOf(Loaded.class);
        return ((Loaded) outcome).warnings();
    }

    private List<LineFault> faults(Row row) {
        return faults(row, identity());
    }

    private List<LineFault> faults(Row row, ReturnIdentity identity) {
        LineOutcome outcome = validator.validate(row.line(), identity);
        assertThat(outcome).isInstanceOf(Rejected.class);
        return ((Rejected) outcome).faults();
    }

    private LineFault onlyFault(Row row, ReturnIdentity identity) {
        List<LineFault> faults = faults(row, identity);
        assertThat(faults).hasSize(1);
        return faults.get(0);
    }

    private LineFault onlyFault(Row row) {
        return onlyFault(row, identity());
    }

    // happy paths

    @Test
    void loadsACompleteLine() {
        SeizureLine line = loaded(ivoryLine()
                .text(Field.SPECIES, " Loxodonta africana ").text(Field.HS_CODE, "0507.10")
                .text(Field.ORIGIN_COUNTRY, "Chine").text(Field.DESTINATION_COUNTRY, "FR")
                .text(Field.TRANSPORT_MODE, "Aérien").text(Field.DETECTION_METHOD, "Chien détecteur")
                .text(Field.DIRECTION, "Exportación").text(Field.CONCEALMENT, "in suitcases")
                .text(Field.LOCATION, "JKIA").text(Field.ESTIMATED_VALUE, "12,500.50").text(Field.CURRENCY, "usd")
                .text(Field.REMARKS, "two passengers"));

        assertThat(line.sheet()).isEqualTo("Seizures");
        assertThat(line.rowNumber()).isEqualTo(12);
        assertThat(line.caseRef()).isEqualTo("KE-2019-001");
        assertThat(line.seizureDate()).isEqualTo(LocalDate.of(2019, 6, 4));
        assertThat(line.commodityCode()).isEqualTo("IVORY_RAW");
        assertThat(line.commodityText()).isEqualTo("Raw ivory");
        assertThat(line.classifiedBy()).isEqualTo(ClassifiedBy.EXACT_ALIAS);
        assertThat(line.species()).isEqualTo("Loxodonta africana");
        assertThat(line.hsCode()).isEqualTo("050710");
        assertThat(line.quantity()).isEqualByComparingTo("545");
        assertThat(line.unitText()).isEqualTo("kg");
        assertThat(line.unitCode()).isEqualTo("KGM");
        assertThat(line.measure()).isEqualTo(Measure.MASS_KG);
        assertThat(line.baseQuantity()).isEqualByComparingTo("545");
        assertThat(line.originIso3()).isEqualTo("CHN");
        assertThat(line.destinationIso3()).isEqualTo("FRA");
        assertThat(line.transportMode()).isEqualTo("air");
        assertThat(line.detectionMethod()).isEqualTo("detector_dog");
        assertThat(line.direction()).isEqualTo("export");
        assertThat(line.concealment()).isEqualTo("in suitcases");
        assertThat(line.location()).isEqualTo("JKIA");
        assertThat(line.estimatedValue()).isEqualByComparingTo("12500.50");
        assertThat(line.currency()).isEqualTo("USD");
        assertThat(line.remarks()).isEqualTo("two passengers");
    }

    @Test
    void readsTheUnitFromTheQuantityHeader() {
        SeizureLine line = loaded(ivoryLine().without(Field.UNIT).number(Field.QUANTITY, 2.5).unitInHeader("tonnes"));
        assertThat(line.unitCode()).isEqualTo("TNE");
        assertThat(line.unitText()).isEqualTo("tonnes");
        assertThat(line.baseQuantity()).isEqualByComparingTo("2500");
    }

    @Test
    void readsTheUnitInsideTheQuantityCell() {
        SeizureLine line = loaded(ivoryLine().without(Field.UNIT).text(Field.QUANTITY, "4 585 t"));
        assertThat(line.quantity()).isEqualByComparingTo("4585");
        assertThat(line.unitText()).isEqualTo("t");
        assertThat(line.baseQuantity()).isEqualByComparingTo("4585000");

        SeizureLine logs = loaded(ivoryLine().without(Field.UNIT).text(Field.COMMODITY, "logs")
                .text(Field.QUANTITY, "2 550 m³"));
        assertThat(logs.measure()).isEqualTo(Measure.VOLUME_M3);
        assertThat(logs.baseQuantity()).isEqualByComparingTo("2550");
    }

    @Test
    void prefersTheUnitColumnToTheCellAndTheHeader() {
        Row row = ivoryLine().text(Field.QUANTITY, "3 t").text(Field.UNIT, "kg").unitInHeader("tonnes");
        SeizureLine line = loaded(row);
        assertThat(line.unitCode()).isEqualTo("KGM");
        assertThat(line.baseQuantity()).isEqualByComparingTo("3");
        assertThat(warnings(row)).extracting(LineWarning::code).containsExactly("UNIT_IN_QUANTITY_IGNORED");
    }

    @Test
    void readsATextNumberWithTheDeclaredCommaSeparator() {
        SeizureLine line = loaded(ivoryLine().without(Field.UNIT).text(Field.QUANTITY, "1.238,5 kg"),
                identity(',', null));
        assertThat(line.quantity()).isEqualByComparingTo("1238.5");
        assertThat(line.baseQuantity()).isEqualByComparingTo("1238.5");
    }

    @Test
    void keepsANumericCaseReferenceAsItsDigits() {
        assertThat(loaded(ivoryLine().number(Field.CASE_REF, 1234.0)).caseRef()).isEqualTo("1234");
    }

    @Test
    void cleansInvisibleCharactersAndSurroundingSpaces() {
        SeizureLine line = loaded(ivoryLine().text(Field.CASE_REF, "\u00A0KE-\u200B1 ")
                .text(Field.COMMODITY, " raw\u00A0 ivory\uFEFF").text(Field.UNIT, " KG "));
        assertThat(line.caseRef()).isEqualTo("KE-1");
        assertThat(line.commodityText()).isEqualTo("raw ivory");
        assertThat(line.unitCode()).isEqualTo("KGM");
    }

    @Test
    void loadsAnUnrecognisedCommodityAsUnclassifiedInAnyUnit() {
        SeizureLine line = loaded(ivoryLine().text(Field.COMMODITY, "Mystery powder").text(Field.UNIT, "m3"));
        assertThat(line.commodityCode()).isEqualTo("UNCLASSIFIED");
        assertThat(line.classifiedBy()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
        assertThat(line.commodityText()).isEqualTo("Mystery powder");
        assertThat(line.measure()).isEqualTo(Measure.VOLUME_M3);
    }

    @Test
    void classifiesByHsCodeWhenTheTextIsUnknown() {
        SeizureLine line = loaded(ivoryLine().text(Field.COMMODITY, "bois").text(Field.HS_CODE, "4403 99"));
        assertThat(line.commodityCode()).isEqualTo("TIMBER_LOGS");
        assertThat(line.classifiedBy()).isEqualTo(ClassifiedBy.HS_CODE);
        assertThat(line.commodityText()).isEqualTo("bois");
    }

    @Test
    void warnsWhenCommodityTextAndHsCodeDisagree() {
        Row row = ivoryLine().text(Field.HS_CODE, "4403.99");
        assertThat(loaded(row).commodityCode()).isEqualTo("IVORY_RAW");
        assertThat(warnings(row)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("COMMODITY_HS_CONFLICT");
            assertThat(w.column()).isEqualTo("Col commodity");
        });
    }

    @Test
    void ignoresAMalformedHsCodeWithAWarning() {
        Row row = ivoryLine().text(Field.HS_CODE, "05A7");
        assertThat(loaded(row).hsCode()).isNull();
        assertThat(warnings(row)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("HS_CODE_IGNORED");
            assertThat(w.rawValue()).isEqualTo("05A7");
            assertThat(w.message()).contains("'05A7'");
        });
        assertThat(loaded(ivoryLine().text(Field.HS_CODE, "123")).hsCode()).isNull();
        assertThat(loaded(ivoryLine().text(Field.HS_CODE, "12345678901")).hsCode()).isNull();
    }

    @Test
    void restoresTheZerosOfAnHsCodeStoredAsANumber() {
        assertThat(loaded(ivoryLine().number(Field.HS_CODE, 507.1)).hsCode()).isEqualTo("050710");
        assertThat(loaded(ivoryLine().number(Field.HS_CODE, 440399)).hsCode()).isEqualTo("440399");
    }

    @Test
    void keepsValuesOutsideTheVocabulariesAsWritten() {
        SeizureLine line = loaded(ivoryLine().text(Field.TRANSPORT_MODE, " Drone\u200B ")
                .text(Field.DETECTION_METHOD, "Rayos X").text(Field.DIRECTION, "en transit"));
        assertThat(line.transportMode()).isEqualTo("Drone");
        assertThat(line.detectionMethod()).isEqualTo("xray");
        assertThat(line.direction()).isEqualTo("transit");
    }

    @Test
    void warnsWhenASlashDateIsReadMonthFirst() {
        Row row = ivoryLine().text(Field.SEIZURE_DATE, "06/13/2019");
        assertThat(loaded(row).seizureDate()).isEqualTo(LocalDate.of(2019, 6, 13));
        assertThat(warnings(row)).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("DATE_READ_AS");
            assertThat(w.message()).contains("month first");
        });
    }

    @Test
    void readsDateCellsAndSerials() {
        RawCell dateCell = RawCell.date(0, 43620, LocalDateTime.of(2019, 6, 4, 0, 0));
        assertThat(loaded(ivoryLine().cell(Field.SEIZURE_DATE, dateCell)).seizureDate())
                .isEqualTo(LocalDate.of(2019, 6, 4));
        assertThat(loaded(ivoryLine().number(Field.SEIZURE_DATE, 43620)).seizureDate())
                .isEqualTo(LocalDate.of(2019, 6, 4));
        ReturnIdentity mac = new ReturnIdentity("KEN", YearMonth.of(2019, 6), null, 1, null, false, '.', null, true);
        assertThat(loaded(ivoryLine().number(Field.SEIZURE_DATE, 42158), mac).seizureDate())
                .isEqualTo(LocalDate.of(2019, 6, 4));
    }

    @Test
    void leavesOutAnUnreadableValueOrCurrencyWithAWarning() {
        Row row = ivoryLine().text(Field.ESTIMATED_VALUE, "about 1000").text(Field.CURRENCY, "dollars");
        SeizureLine line = loaded(row);
        assertThat(line.estimatedValue()).isNull();
        assertThat(line.currency()).isNull();
        assertThat(warnings(row)).extracting(LineWarning::code).containsExactly("VALUE_UNREADABLE", "CURRENCY_UNKNOWN");
    }

    @Test
    void takesTheCurrencyWrittenAfterTheValue() {
        SeizureLine line = loaded(ivoryLine().text(Field.ESTIMATED_VALUE, "12 500 eur"));
        assertThat(line.estimatedValue()).isEqualByComparingTo("12500");
        assertThat(line.currency()).isEqualTo("EUR");
    }

    // one test per reason code

    @Test
    void rejectsEmptyRequiredFields() {
        List<LineFault> faults = faults(ivoryLine().without(Field.CASE_REF).without(Field.SEIZURE_DATE)
                .text(Field.COMMODITY, " \u200B "));
        assertThat(faults).extracting(LineFault::reason).containsExactly(RejectReason.REQUIRED_MISSING,
                RejectReason.REQUIRED_MISSING, RejectReason.REQUIRED_MISSING);
        assertThat(faults).extracting(LineFault::column)
                .containsExactly("Col case_ref", "Col seizure_date", "Col commodity");
        assertThat(faults.get(2).message()).contains("commodity").contains("'Col commodity'");
    }

    @Test
    void rejectsAMissingQuantity() {
        LineFault fault = onlyFault(ivoryLine().without(Field.QUANTITY));
        assertThat(fault.reason()).isEqualTo(RejectReason.QTY_MISSING);
        assertThat(fault.column()).isEqualTo("Col quantity");
        assertThat(fault.rawValue()).isNull();
    }

    @Test
    void rejectsAQuantityThatIsNotANumber() {
        LineFault text = onlyFault(ivoryLine().text(Field.QUANTITY, "several"));
        assertThat(text.reason()).isEqualTo(RejectReason.QTY_NOT_NUMBER);
        assertThat(text.rawValue()).isEqualTo("several");
        assertThat(text.message()).contains("'several'");

        LineFault comma = onlyFault(ivoryLine().text(Field.QUANTITY, "12,5"));
        assertThat(comma.reason()).isEqualTo(RejectReason.QTY_NOT_NUMBER);
        assertThat(comma.column()).isEqualTo("Col quantity");
        assertThat(comma.message()).contains("'12,5'");

        RawCell bool = new RawCell(3, CellKind.BOOLEAN, "TRUE", 0, null, false, false);
        assertThat(onlyFault(ivoryLine().cell(Field.QUANTITY, bool)).reason()).isEqualTo(RejectReason.QTY_NOT_NUMBER);
    }

    @Test
    void rejectsAnAmbiguousQuantity() {
        LineFault fault = onlyFault(ivoryLine().text(Field.QUANTITY, "1.238,5"));
        assertThat(fault.reason()).isEqualTo(RejectReason.QTY_AMBIGUOUS);
        assertThat(fault.rawValue()).isEqualTo("1.238,5");
        assertThat(fault.message()).contains("'1.238,5'").contains("1238.5");
    }

    @Test
    void rejectsAQuantityThatIsNotPositive() {
        assertThat(onlyFault(ivoryLine().number(Field.QUANTITY, 0)).reason()).isEqualTo(RejectReason.QTY_NOT_POSITIVE);
        LineFault negative = onlyFault(ivoryLine().without(Field.UNIT).text(Field.QUANTITY, "-3 kg"));
        assertThat(negative.reason()).isEqualTo(RejectReason.QTY_NOT_POSITIVE);
        assertThat(negative.message()).contains("'-3 kg'");
    }

    @Test
    void rejectsAnUnreadableDate() {
        LineFault fault = onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "31/02/2019"));
        assertThat(fault.reason()).isEqualTo(RejectReason.DATE_INVALID);
        assertThat(fault.rawValue()).isEqualTo("31/02/2019");
        assertThat(fault.message()).contains("'31/02/2019'");
        assertThat(onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "04/06/19")).reason())
                .isEqualTo(RejectReason.DATE_INVALID);
    }

    @Test
    void rejectsADateBefore1990() {
        LineFault fault = onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "1989-12-31"));
        assertThat(fault.reason()).isEqualTo(RejectReason.DATE_TOO_OLD);
        assertThat(fault.message()).contains("1989-12-31");
        assertThat(loaded(ivoryLine().text(Field.SEIZURE_DATE, "1990-01-01")).seizureDate())
                .isEqualTo(LocalDate.of(1990, 1, 1));
    }

    @Test
    void rejectsADateAfterTheSubmission() {
        LineFault fault = onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "2019-07-03"));
        assertThat(fault.reason()).isEqualTo(RejectReason.DATE_FUTURE);
        assertThat(fault.message()).contains("2019-07-02");
        assertThat(loaded(ivoryLine().text(Field.SEIZURE_DATE, "2019-07-02")).seizureDate())
                .isEqualTo(LocalDate.of(2019, 7, 2));
    }

    @Test
    void rejectsADateAfterTodayWhenTheSubmissionDateIsUnknown() {
        ReturnIdentity undated = identity('.', null);
        assertThat(onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "2019-07-16"), undated).reason())
                .isEqualTo(RejectReason.DATE_FUTURE);
        assertThat(loaded(ivoryLine().text(Field.SEIZURE_DATE, "2019-07-15"), undated).seizureDate())
                .isEqualTo(TODAY);
    }

    @Test
    void rejectsADateAfterTheEndOfTheReportingPeriod() {
        ReturnIdentity june = new ReturnIdentity("KEN", YearMonth.of(2019, 6), null, null, null, false, '.', null,
                false);
        LineFault fault = onlyFault(ivoryLine().text(Field.SEIZURE_DATE, "2019-07-01"), june);
        assertThat(fault.reason()).isEqualTo(RejectReason.DATE_AFTER_PERIOD);
        assertThat(fault.message()).contains("2019-07-01").contains("2019-06");
        assertThat(loaded(ivoryLine().text(Field.SEIZURE_DATE, "2019-06-30"), june).seizureDate())
                .isEqualTo(LocalDate.of(2019, 6, 30));
        assertThat(loaded(ivoryLine().text(Field.SEIZURE_DATE, "2019-05-31"), june).seizureDate())
                .isEqualTo(LocalDate.of(2019, 5, 31));
    }

    @Test
    void rejectsAQuantityFollowedByTextThatIsNotAUnit() {
        LineFault fault = onlyFault(ivoryLine().text(Field.QUANTITY, "12 kg approx?"));
        assertThat(fault.reason()).isEqualTo(RejectReason.QTY_NOT_NUMBER);
        assertThat(fault.rawValue()).isEqualTo("12 kg approx?");
        assertThat(fault.message()).contains("'kg approx?'");
    }

    @Test
    void rejectsTheCitesCodeCtmSayingWhyItIsNoSeizureUnit() {
        LineFault fault = onlyFault(ivoryLine().text(Field.UNIT, "CTM"));
        assertThat(fault.reason()).isEqualTo(RejectReason.UNIT_UNKNOWN);
        assertThat(fault.message()).contains("'CTM'").contains("centimetre").contains("carat");
    }

    @Test
    void rejectsALineWithoutAnyUnit() {
        LineFault fault = onlyFault(ivoryLine().withoutColumn(Field.UNIT));
        assertThat(fault.reason()).isEqualTo(RejectReason.UNIT_MISSING);
        assertThat(fault.column()).isEqualTo("unit");
    }

    @Test
    void rejectsAnUnknownUnitWhereverItIsWritten() {
        LineFault column = onlyFault(ivoryLine().text(Field.UNIT, "barrels"));
        assertThat(column.reason()).isEqualTo(RejectReason.UNIT_UNKNOWN);
        assertThat(column.column()).isEqualTo("Col unit");
        assertThat(column.message()).contains("'barrels'");

        LineFault cell = onlyFault(ivoryLine().without(Field.UNIT).text(Field.QUANTITY, "5 barrels"));
        assertThat(cell.reason()).isEqualTo(RejectReason.UNIT_UNKNOWN);
        assertThat(cell.column()).isEqualTo("Col quantity");
        assertThat(cell.rawValue()).isEqualTo("5 barrels");

        LineFault header = onlyFault(ivoryLine().without(Field.UNIT).unitInHeader("bushels"));
        assertThat(header.reason()).isEqualTo(RejectReason.UNIT_UNKNOWN);
        assertThat(header.rawValue()).isEqualTo("bushels");
    }

    @Test
    void rejectsAUnitThatCannotMeasureTheCommodity() {
        LineFault fault = onlyFault(ivoryLine().text(Field.UNIT, "m3"));
        assertThat(fault.reason()).isEqualTo(RejectReason.UNIT_NOT_APPLICABLE);
        assertThat(fault.rawValue()).isEqualTo("m3");
        assertThat(fault.message()).contains("'m3'").contains("volume").contains("Raw ivory");
    }

    @Test
    void rejectsAnUnknownCountryNamingIt() {
        LineFault fault = onlyFault(ivoryLine().text(Field.ORIGIN_COUNTRY, "Atlantis"));
        assertThat(fault.reason()).isEqualTo(RejectReason.COUNTRY_UNKNOWN);
        assertThat(fault.column()).isEqualTo("Col origin_country");
        assertThat(fault.rawValue()).isEqualTo("Atlantis");
        assertThat(fault.message()).contains("'Atlantis'");
        assertThat(onlyFault(ivoryLine().text(Field.DESTINATION_COUNTRY, "XX")).reason())
                .isEqualTo(RejectReason.COUNTRY_UNKNOWN);
        assertThat(loaded(ivoryLine().text(Field.ORIGIN_COUNTRY, "  ")).originIso3()).isNull();
    }

    @Test
    void rejectsAnErrorCellNamingItsReference() {
        LineFault fault = onlyFault(ivoryLine().cell(Field.QUANTITY, RawCell.error(3, "#N/A")));
        assertThat(fault.reason()).isEqualTo(RejectReason.CELL_ERROR);
        assertThat(fault.rawValue()).isEqualTo("#N/A");
        assertThat(fault.message()).contains("D12").contains("#N/A");

        LineFault optional = onlyFault(ivoryLine().cell(Field.REMARKS, RawCell.error(Field.REMARKS.ordinal(), "#DIV/0!")));
        assertThat(optional.reason()).isEqualTo(RejectReason.CELL_ERROR);
        assertThat(optional.message()).contains("Q12");
    }

    @Test
    void rejectsAFormulaWithoutValueNamingItsReference() {
        RawCell formula = new RawCell(1, CellKind.FORMULA_WITHOUT_VALUE, "=TODAY()-3", 0, null, false, true);
        LineFault fault = onlyFault(ivoryLine().cell(Field.SEIZURE_DATE, formula));
        assertThat(fault.reason()).isEqualTo(RejectReason.FORMULA_WITHOUT_VALUE);
        assertThat(fault.column()).isEqualTo("Col seizure_date");
        assertThat(fault.message()).contains("B12").contains("=TODAY()-3");
    }

    @Test
    void collectsEveryFaultOfALine() {
        List<LineFault> faults = faults(ivoryLine().without(Field.CASE_REF).text(Field.SEIZURE_DATE, "2030-01-01")
                .text(Field.QUANTITY, "1,2,3").text(Field.UNIT, "m3").text(Field.DESTINATION_COUNTRY, "Narnia"));
        assertThat(faults).extracting(LineFault::reason).containsExactly(RejectReason.REQUIRED_MISSING,
                RejectReason.DATE_FUTURE, RejectReason.QTY_NOT_NUMBER, RejectReason.UNIT_NOT_APPLICABLE,
                RejectReason.COUNTRY_UNKNOWN);
    }

    @Test
    void keepsTheQuantityAsReportedAndConvertsTheBase() {
        SeizureLine line = loaded(ivoryLine().number(Field.QUANTITY, 0.25).text(Field.UNIT, "t"));
        assertThat(line.quantity()).isEqualTo(new BigDecimal("0.25"));
        assertThat(line.baseQuantity()).isEqualByComparingTo("250");
    }
}
