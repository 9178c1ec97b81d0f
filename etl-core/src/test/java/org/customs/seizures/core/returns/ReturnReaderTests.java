package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.customs.seizures.core.returns.InMemoryWorkbook.row;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.customs.seizures.core.returns.RecordingListener.Skip;
import org.customs.seizures.core.returns.RecordingListener.Warning;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.FileFault;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.core.workbook.RawRow;
import org.customs.seizures.core.workbook.WorkbookException;
import org.junit.jupiter.api.Test;

class ReturnReaderTests {

    private static final Map<String, String> COUNTRIES = Map.of("fra", "FRA", "fr", "FRA", "france", "FRA",
            "deu", "DEU", "germany", "DEU", "ken", "KEN", "ke", "KEN", "kenya", "KEN", "chn", "CHN", "china", "CHN");
    private static final Map<String, String> OPERATIONS = Map.of("thunderball2019", "THUNDERBALL2019",
            "thunderball", "THUNDERBALL2019", "operation thunderball", "THUNDERBALL2019",
            "earthgoddess2019", "EARTHGODDESS2019", "earth goddess", "EARTHGODDESS2019");

    private final ReturnReader reader = new ReturnReader(HeaderSynonyms.fromClasspath(),
            text -> Optional.ofNullable(COUNTRIES.get(FoldedText.fold(text))),
            text -> Optional.ofNullable(OPERATIONS.get(FoldedText.fold(text))));
    private final RecordingListener listener = new RecordingListener();

    private static RawRow header(int rowNumber) {
        return row(rowNumber, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit");
    }

    private void read(String fileName, InMemoryWorkbook workbook) throws WorkbookException {
        reader.read(fileName, workbook, listener);
    }

    @Test
    void identifiesAReturnWithoutCoverFromItsFileName() throws Exception {
        read("KEN_2019-06_THUNDERBALL2019_v2.xlsx", InMemoryWorkbook.create()
                .sheet("Seizures", header(1), row(2, "KE-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg")));

        assertThat(listener.identity).isEqualTo(new ReturnIdentity("KEN", YearMonth.of(2019, 6), "THUNDERBALL2019",
                2, null, false, '.', null, false));
        assertThat(listener.events).first().isEqualTo("identified");
    }

    @Test
    void toleratesFileNameWordsThatAreNoOperation() throws Exception {
        read("CHN-2019-01_resent.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1)));

        assertThat(listener.identity.reportingIso3()).isEqualTo("CHN");
        assertThat(listener.identity.operationCode()).isNull();
    }

    @Test
    void takesCoverValuesOverTheFileNameAndReadsTheCoverFirst() throws Exception {
        read("FRA_2019-06_v1.xlsx", InMemoryWorkbook.create().with1904Dates()
                .sheet("Seizures", header(1), row(2, "FR-1", "04/06/2019", "ivory", 3, "kg"))
                .sheet("Couverture",
                        row(1, "Déclaration de saisies"),
                        row(3, "Pays déclarant", "France"),
                        row(4, "Période", "juin 2019"),
                        row(5, "Opération", "Opération Thunderball"),
                        row(6, "Version", "v3"),
                        row(7, "Séparateur décimal", "virgule"),
                        row(8, "Responsable", "Cellule LCF")));

        assertThat(listener.identity).isEqualTo(new ReturnIdentity("FRA", YearMonth.of(2019, 6), "THUNDERBALL2019",
                3, null, false, ',', "Cellule LCF", true));
        assertThat(listener.events).containsExactly("identified", "seizureSheet Seizures", "line Seizures!2",
                "otherSheet Couverture");
    }

    @Test
    void readsTheHeaderBelowTitleRows() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, "Customs seizure return"),
                row(2, "Administration des douanes"),
                row(4, "Confidential"),
                header(5),
                row(6, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg")));

        assertThat(listener.seizureSheets).containsExactly("Seizures@5");
        assertThat(listener.lineRows()).containsExactly(6);
        assertThat(listener.skips).isEmpty();
    }

    @Test
    void findsNoHeaderBelowRowThirty() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create().sheet("Seizures", row(1, "Return"), header(31),
                row(32, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook)).isInstanceOf(WorkbookException.class)
                .extracting(e -> ((WorkbookException) e).fault()).isEqualTo(FileFault.NO_SEIZURE_SHEET);
    }

    @Test
    void readsATwoRowHeaderUnderAMergedGroupTitle() throws Exception {
        RawCell seizure = RawCell.text(0, "Seizure");
        RawCell goods = RawCell.text(2, "Goods");
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, seizure, seizure.spreadTo(1), goods, goods.spreadTo(3), goods.spreadTo(4)),
                row(2, "Case\nref", "Date of\nseizure", "Description of goods", "Quantity\nseized", "Unit :"),
                row(3, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg")));

        assertThat(listener.seizureSheets).containsExactly("Seizures@2");
        ReturnLine line = listener.lines.get(0);
        assertThat(line.cell(Field.COMMODITY).text()).isEqualTo("ivory");
        assertThat(line.columnName(Field.SEIZURE_DATE)).isEqualTo("Date of seizure");
    }

    @Test
    void mapsShuffledColumnsToTheirFields() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Saisies",
                row(1, "UNITÉ", "QUANTITÉ SAISIE", "N° AFFAIRE", "PAYS D'ORIGINE", "DÉSIGNATION", "DATE DE SAISIE"),
                row(2, "kg", 12.5, "FR-7", "Kenya", "écailles de pangolin", LocalDate.of(2019, 6, 2))));

        ReturnLine line = listener.lines.get(0);
        assertThat(line.sheet()).isEqualTo("Saisies");
        assertThat(line.rowNumber()).isEqualTo(2);
        assertThat(line.cell(Field.CASE_REF).text()).isEqualTo("FR-7");
        assertThat(line.cell(Field.QUANTITY).number()).isEqualTo(12.5);
        assertThat(line.cell(Field.UNIT).text()).isEqualTo("kg");
        assertThat(line.cell(Field.ORIGIN_COUNTRY).text()).isEqualTo("Kenya");
        assertThat(line.cell(Field.COMMODITY).text()).isEqualTo("écailles de pangolin");
        assertThat(line.cell(Field.SEIZURE_DATE).date().toLocalDate()).isEqualTo(LocalDate.of(2019, 6, 2));
        assertThat(line.columnName(Field.CASE_REF)).isEqualTo("N° AFFAIRE");
    }

    @Test
    void notesUnknownColumnsAndLeavesThemOutOfLines() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, "Case reference", "Officer", "Date of seizure", "Commodity", "Quantity", "Unit", "Internal code"),
                row(2, "FR-1", "A. Officer", LocalDate.of(2019, 6, 4), "ivory", 3, "kg", "INT-7")));

        assertThat(listener.unknownColumns).containsExactly("Seizures!B1=Officer", "Seizures!G1=Internal code");
        assertThat(listener.lines.get(0).cells()).containsOnlyKeys(Field.CASE_REF, Field.SEIZURE_DATE,
                Field.COMMODITY, Field.QUANTITY, Field.UNIT);
    }

    @Test
    void readsTheFirstOfTwoColumnsNamingTheSameFieldAndSaysSo() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit", "Description"),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg", "carved tusks")));

        assertThat(listener.lines.get(0).cell(Field.COMMODITY).text()).isEqualTo("ivory");
        assertThat(listener.warnings).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo("COLUMN_REPEATED");
            assertThat(w.message()).contains("Column F 'Description'", "column C 'Commodity'");
        });
    }

    @Test
    void leavesEmptyCellsOutOfALine() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), " \u00A0", 3, "kg")));

        assertThat(listener.lines.get(0).cells()).doesNotContainKey(Field.COMMODITY);
    }

    @Test
    void skipsBlankRowsBetweenLines() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"),
                row(3, "  ", "\u200B"),
                row(4, "FR-2", LocalDate.of(2019, 6, 5), "ivory", 4, "kg")));

        assertThat(listener.lineRows()).containsExactly(2, 4);
        assertThat(listener.skips).containsExactly(new Skip("Seizures", 3, SkipReason.BLANK));
    }

    @Test
    void skipsABlankRowInsideACaseMergedDownOverIt() throws Exception {
        RawCell caseRef = RawCell.text(0, "FR-1");
        RawCell date = RawCell.date(1, 43620, LocalDate.of(2019, 6, 4).atStartOfDay());
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, caseRef, date, "ivory", 3, "kg"),
                row(3, caseRef.spreadTo(0), date.spreadTo(1)),
                row(4, caseRef.spreadTo(0), date.spreadTo(1), "rhino horn", 2, "kg")));

        assertThat(listener.lineRows()).containsExactly(2, 4);
        assertThat(listener.lines.get(1).cell(Field.CASE_REF).text()).isEqualTo("FR-1");
        assertThat(listener.skips).containsExactly(new Skip("Seizures", 3, SkipReason.BLANK));
    }

    @Test
    void skipsARepeatedHeader() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"),
                row(3, "CASE REFERENCE", "DATE OF SEIZURE", "COMMODITY", "QUANTITY", "UNIT"),
                row(4, "FR-2", LocalDate.of(2019, 6, 5), "ivory", 4, "kg")));

        assertThat(listener.lineRows()).containsExactly(2, 4);
        assertThat(listener.skips).containsExactly(new Skip("Seizures", 3, SkipReason.HEADER_REPEAT));
    }

    @Test
    void skipsTotalsRowsInEveryLanguage() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"),
                row(3, null, null, "Sub-total"),
                row(4, null, null, "TOTAL"),
                row(5, null, null, null, null, "Total général"),
                row(6, "Sous-total"),
                row(7, null, null, "Totaux"),
                row(8, null, null, "Grand total"),
                row(9, null, null, "Total general"),
                row(10, null, null, "Subtotal"),
                row(11, null, null, "Total seized in June"),
                row(12, null, null, null, 3)));

        assertThat(listener.lines).hasSize(1);
        assertThat(listener.skips).extracting(Skip::rowNumber).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(listener.skips).extracting(Skip::reason).containsOnly(SkipReason.TOTALS);
        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void keepsALineWhoseRemarkStartsWithTheWordTotal() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, "Case reference", "Date of seizure", "Commodity", "Quantity", "Unit", "Remarks"),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg", "Total weight incl. crates")));

        assertThat(listener.lineRows()).containsExactly(2);
    }

    @Test
    void warnsWhenATotalDoesNotMatchTheLinesAbove() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 50, "kg"),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "ivory", 40, "kg"),
                row(4, "FR-3", LocalDate.of(2019, 6, 5), "ivory", 28, "kg"),
                row(5, null, null, "Total", 120, "kg"),
                row(6, "FR-4", LocalDate.of(2019, 6, 6), "ivory", 10, "kg"),
                row(7, null, null, "Total", 10)));

        assertThat(listener.warnings).containsExactly(new Warning("Seizures", 5, "Quantity", "TOTALS_MISMATCH",
                "Row 5 gives a total of 120 kg but the lines above it (rows 2 to 4) add up to 118 kg"));
        assertThat(listener.skips).extracting(Skip::rowNumber).containsExactly(5, 7);
    }

    @Test
    void checksTotalsPerUnitOnlyWhenTheTotalsRowNamesOne() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 50, "kg"),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "logs", 4, "m3"),
                row(4, "FR-3", LocalDate.of(2019, 6, 5), "ivory", 25, "KG"),
                row(5, null, null, "Total", 70, "kg"),
                row(6, "FR-4", LocalDate.of(2019, 6, 6), "ivory", 10, "kg"),
                row(7, "FR-5", LocalDate.of(2019, 6, 6), "logs", 2, "m3"),
                row(8, null, null, "Total", 99)));

        assertThat(listener.warnings).singleElement()
                .extracting(Warning::message)
                .isEqualTo("Row 5 gives a total of 70 kg but the lines above it (rows 2 to 4) add up to 75 kg");
    }

    @Test
    void addsUpDifferentSpellingsOfTheSameUnitWhenUnitsAreKnown() throws Exception {
        Map<String, String> codes = Map.of("kg", "KGM", "kgs", "KGM", "kilos", "KGM", "m3", "MTQ");
        ReturnReader knowingUnits = new ReturnReader(HeaderSynonyms.fromClasspath(),
                text -> Optional.ofNullable(COUNTRIES.get(FoldedText.fold(text))),
                text -> Optional.ofNullable(OPERATIONS.get(FoldedText.fold(text))),
                text -> Optional.ofNullable(codes.get(FoldedText.fold(text))));

        knowingUnits.read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 50, "kg"),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "ivory", 40, "kgs"),
                row(4, "FR-3", LocalDate.of(2019, 6, 5), "logs", 3, "m3"),
                row(5, "FR-4", LocalDate.of(2019, 6, 5), "ivory", 30, "Kilos"),
                row(6, null, null, "Total", 120, "kilos"),
                row(7, "FR-5", LocalDate.of(2019, 6, 6), "ivory", 10, "kgs"),
                row(8, null, null, "Total", 11, "kg")), listener);

        assertThat(listener.warnings).singleElement().extracting(Warning::message)
                .isEqualTo("Row 8 gives a total of 11 kg but the lines above it (row 7) add up to 10 kg");
    }

    @Test
    void addsUpNumbersTypedAsTextWithTheDeclaredDecimalSeparator() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Country", "FRA"), row(2, "Period", "2019-06"),
                        row(3, "Decimal separator", ","))
                .sheet("Seizures", header(1),
                        row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", "1.238,5", "kg"),
                        row(3, "FR-2", LocalDate.of(2019, 6, 4), "ivory", "1 000", "kg"),
                        row(4, null, null, "Total", "2 238,5", "kg"),
                        row(5, "FR-3", LocalDate.of(2019, 6, 4), "ivory", "12,5", "kg"),
                        row(6, null, null, "Total", "14", "kg")));

        assertThat(listener.warnings).singleElement().extracting(Warning::message)
                .isEqualTo("Row 6 gives a total of 14 kg but the lines above it (row 5) add up to 12.5 kg");
    }

    @Test
    void acceptsATotalRoundedToItsLastDigit() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "logs", 79.46, "m3"),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "logs", 40.3, "m3"),
                row(4, null, null, "Total", 119.8, "m3"),
                row(5, "FR-3", LocalDate.of(2019, 6, 4), "logs", 12.4, "m3"),
                row(6, null, null, "Total", 12, "m3")));

        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void skipsTheTotalsCheckWhenAQuantityAboveIsUnreadable() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures", header(1),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", "about ten", "kg"),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "ivory", 40, "kg"),
                row(4, null, null, "Total", 120, "kg")));

        assertThat(listener.warnings).isEmpty();
    }

    @Test
    void usesTheUnitOfTheQuantityHeader() throws Exception {
        read("FRA_2019-06.xlsx", InMemoryWorkbook.create().sheet("Seizures",
                row(1, "Case reference", "Date of seizure", "Commodity", "Quantity (kg)"),
                row(2, "FR-1", LocalDate.of(2019, 6, 4), "ivory", 5),
                row(3, "FR-2", LocalDate.of(2019, 6, 4), "ivory", "7 kg"),
                row(4, null, null, "Total", 13)));

        assertThat(listener.lines.get(0).unitFromHeader()).isEqualTo("kg");
        assertThat(listener.warnings).singleElement().extracting(Warning::message)
                .isEqualTo("Row 4 gives a total of 13 kg but the lines above it (rows 2 to 3) add up to 12 kg");
    }

    @Test
    void readsLinesSplitOverSeveralSheetsAndNotesTheOthers() throws Exception {
        read("KEN_2019-06.xlsx", InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "Kenya"), row(2, "Reporting period", "June 2019"))
                .sheet("Instructions", row(1, "Fill one row per seized commodity."), row(3, "Unit", "Country"))
                .sheet("Wildlife", header(1), row(2, "KE-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"))
                .hiddenSheet("Déchets", header(2), row(3, "KE-1", LocalDate.of(2019, 6, 4), "scrap tyres", 9, "t"))
                .sheet("Lists", row(1, "Units"), row(2, "kg"), row(3, "t")));

        assertThat(listener.events).containsExactly("identified", "otherSheet Cover", "otherSheet Instructions",
                "seizureSheet Wildlife", "line Wildlife!2", "seizureSheet Déchets", "line Déchets!3",
                "otherSheet Lists");
        assertThat(listener.lines).extracting(l -> l.cell(Field.CASE_REF).text()).containsOnly("KE-1");
    }

    @Test
    void rejectsACoverThatContradictsTheFileNameCountry() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "Germany"), row(2, "Reporting period", "2019-06"))
                .sheet("Seizures", header(1), row(2, "DE-1", LocalDate.of(2019, 6, 4), "ivory", 3, "kg"));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.METADATA_CONFLICT);
                    assertThat(e.getMessage()).contains("FRA_2019-06.xlsx",
                            "the file name says FRA but the cover sheet says Germany (DEU)");
                });
        assertThat(listener.events).isEmpty();
    }

    @Test
    void rejectsACoverThatContradictsTheFileNamePeriod() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "FRA"), row(2, "Reporting period", "July 2019"))
                .sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.METADATA_CONFLICT);
                    assertThat(e.getMessage()).contains("the file name says 2019-06", "July 2019 (2019-07)");
                });
    }

    @Test
    void rejectsACoverThatContradictsTheFileNameOperation() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Operation", "Earth Goddess"))
                .sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("FRA_2019-06_THUNDERBALL2019.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.METADATA_CONFLICT);
                    assertThat(e.getMessage()).contains("THUNDERBALL2019", "Earth Goddess (EARTHGODDESS2019)");
                });
    }

    @Test
    void rejectsACountryItDoesNotKnow() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Metadata", row(1, "Country", "Atlantis"), row(2, "Period", "2019-06"))
                .sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("return.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.COUNTRY_UNKNOWN);
                    assertThat(e.getMessage()).contains("'Atlantis'", "B1", "'Metadata'");
                });
    }

    @Test
    void rejectsAReturnWithoutCountryAnywhere() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create().sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("june seizures.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.fault()).isEqualTo(FileFault.COUNTRY_UNKNOWN));
    }

    @Test
    void rejectsAReturnWithoutPeriodAnywhere() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "France"))
                .sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("seizures.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class,
                        e -> assertThat(e.fault()).isEqualTo(FileFault.PERIOD_UNKNOWN));
    }

    @Test
    void rejectsAnUnreadablePeriod() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting period", "Q2 2019"))
                .sheet("Seizures", header(1));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.PERIOD_UNKNOWN);
                    assertThat(e.getMessage()).contains("'Q2 2019'");
                });
    }

    @Test
    void rejectsAnOperationItDoesNotKnow() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Portada", row(1, "Operación", "Operación Relámpago"))
                .sheet("Incautaciones", header(1));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.OPERATION_UNKNOWN);
                    assertThat(e.getMessage()).contains("'Operación Relámpago'");
                });
    }

    @Test
    void rejectsAWorkbookWithoutSeizureSheetListingTheHeadersFound() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Notes", row(1, "Meeting notes"), row(2, "Item", "Owner", "Due"),
                        row(3, "Train staff", "HQ", "2019-05-01"))
                .sheet("Seizures", row(1, "Ref", "Date", "Goods", "Qty", "Unit"));

        assertThatThrownBy(() -> read("FRA_2019-06.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.NO_SEIZURE_SHEET);
                    assertThat(e.getMessage()).contains("FRA_2019-06.xlsx",
                            "sheet 'Notes'", "'Item', 'Owner', 'Due'",
                            "sheet 'Seizures' row 1: 'Ref', 'Date', 'Goods', 'Qty', 'Unit' (missing case_ref, commodity)",
                            "case_ref (e.g. 'Case reference', 'Case ref', 'Case no')", "quantity (e.g. 'Quantity'");
                });
        assertThat(listener.otherSheets).containsExactly("Notes", "Seizures");
        assertThat(listener.lines).isEmpty();
    }

    @Test
    void saysThereIsNoSeizureSheetRatherThanNoCountryForAWorkbookThatIsNoReturn() {
        InMemoryWorkbook workbook = InMemoryWorkbook.create()
                .sheet("Notes", row(1, "Meeting notes"), row(2, "Item", "Owner", "Due"));

        assertThatThrownBy(() -> read("notes-from-the-field.xlsx", workbook))
                .isInstanceOfSatisfying(WorkbookException.class, e -> {
                    assertThat(e.fault()).isEqualTo(FileFault.NO_SEIZURE_SHEET);
                    assertThat(e.getMessage()).contains("'Item', 'Owner', 'Due'");
                });
        assertThat(listener.events).isEmpty();
    }

    @Test
    void readsANilReturnWithAnEmptySeizureSheet() throws Exception {
        read("KEN_2019-06.xlsx", InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "KE"), row(2, "Reporting period", "06/2019"),
                        row(3, "Nil return", "yes"))
                .sheet("Seizures", header(1)));

        assertThat(listener.identity.nilDeclared()).isTrue();
        assertThat(listener.seizureSheets).containsExactly("Seizures@1");
        assertThat(listener.lines).isEmpty();
    }

    @Test
    void reportsCoverValuesItCouldNotReadAfterIdentifying() throws Exception {
        read("KEN_2019-06.xlsx", InMemoryWorkbook.create()
                .sheet("Cover", row(1, "Reporting country", "KE"), row(4, "Version", "final"))
                .sheet("Seizures", header(1)));

        assertThat(listener.warnings).singleElement().satisfies(w -> {
            assertThat(w.sheet()).isEqualTo("Cover");
            assertThat(w.rowNumber()).isEqualTo(4);
            assertThat(w.code()).isEqualTo("COVER_VERSION_UNREADABLE");
            assertThat(w.message()).contains("'final'");
        });
        assertThat(listener.identity.version()).isNull();
    }
}
