package org.customs.seizures.core.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.FormulaError;
import org.customs.seizures.core.fixtures.BadLine;
import org.customs.seizures.core.fixtures.DateStyle;
import org.customs.seizures.core.fixtures.ExpectedLine;
import org.customs.seizures.core.fixtures.FixtureDomain;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureQuantity;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.HeaderStyle;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.PeriodStyle;
import org.customs.seizures.core.fixtures.QuantityStyle;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.core.fixtures.TotalsRow;
import org.customs.seizures.core.fixtures.WorkbookFormat;
import org.customs.seizures.core.fixtures.WrittenReturn;
import org.customs.seizures.core.intake.IntakeRun.Rejection;
import org.customs.seizures.core.lines.LineFault;
import org.customs.seizures.core.lines.RejectReason;
import org.customs.seizures.core.lines.SeizureLine;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.SkipReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every layout variant of returns.md §1-3, each in a small return written by the project's fixture writer with only
 * that quirk switched on, read through the real intake pipeline ({@link IntakeRun}): the return is identified, every
 * good line loads with its case, date, commodity, measure and quantity, every line made bad on purpose is rejected
 * for its reason naming its column, and on every sheet the rows read are the rows loaded, rejected and skipped.
 */
class ReturnVariantsIntegrationTests {

    private static final YearMonth JUNE = YearMonth.of(2019, 6);
    private static final int LINES = 12;

    @TempDir
    Path folder;

    /** A fixture written, read and validated, with the lines made bad on purpose and their expected reasons. */
    private record Intake(FixtureReturn fixture, WrittenReturn written, IntakeRun run,
                          Map<Integer, RejectReason> bad) {
    }

    // ---- files -------------------------------------------------------------------------------------------

    @Test
    void readsAnXlsBiff8Return() throws Exception {
        Intake intake = intake(generated(Language.EN), options().format(WorkbookFormat.XLS));

        assertThat(intake.written().file().getFileName().toString()).endsWith(".xls");
        assertIdentity(intake);
        assertEveryLine(intake);
    }

    @Test
    void readsAnXlsmReturn() throws Exception {
        Intake intake = intake(generated(Language.EN), options().format(WorkbookFormat.XLSM));

        assertThat(intake.written().file().getFileName().toString()).endsWith(".xlsm");
        assertIdentity(intake);
        assertEveryLine(intake);
    }

    // ---- header ------------------------------------------------------------------------------------------

    @Test
    void readsAReturnWithTitleRowsAboveTheHeader() throws Exception {
        Intake intake = intake(generated(Language.EN), options().titleRows(6));

        assertThat(intake.run().sheet("Seizures").headerRowNumber).isEqualTo(7);
        assertEveryLine(intake);
    }

    @Test
    void readsAReturnWithTwoRowHeaders() throws Exception {
        Intake intake = intake(generated(Language.EN), options().titleRows(2).groupHeaderRow(true));

        assertThat(intake.run().sheet("Seizures").headerRowNumber).isEqualTo(4);
        assertEveryLine(intake);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(HeaderStyle.class)
    void readsHeadersInUpperCaseWithLineBreaksOrATrailingColon(HeaderStyle style) throws Exception {
        Intake intake = intake(generated(Language.EN), options().headerStyle(style));

        assertThat(intake.run().unknownColumns()).isEmpty();
        assertEveryLine(intake);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class, names = {"FR", "ES"})
    void readsFrenchAndSpanishHeadersCoversAndSheetNames(Language language) throws Exception {
        Intake intake = intake(generated(language), options().language(language));

        assertThat(intake.run().seizureSheets()).containsOnlyKeys(language.singleSeizureSheet());
        assertIdentity(intake);
        assertEveryLine(intake);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Language.class)
    void readsTheSecondHeaderSynonymOfEachField(Language language) throws Exception {
        Intake intake = intake(generated(language), options().language(language).alternativeHeaders(true));

        assertThat(intake.run().unknownColumns()).isEmpty();
        assertEveryLine(intake);
    }

    // ---- columns -----------------------------------------------------------------------------------------

    @Test
    void readsShuffledColumns() throws Exception {
        Intake intake = intake(generated(Language.EN), options().shuffleColumns(true).seed(5));

        assertEveryLine(intake);
    }

    @Test
    void ignoresAndNotesUnknownExtraColumns() throws Exception {
        Intake intake = intake(generated(Language.EN), options().extraColumns(true));

        assertThat(intake.run().unknownColumns()).containsExactlyInAnyOrderElementsOf(
                Language.EN.extraColumnHeaders());
        assertEveryLine(intake);
    }

    // ---- rows --------------------------------------------------------------------------------------------

    @Test
    void readsAReturnWithBlankRowsBetweenCases() throws Exception {
        Intake intake = intake(generated(Language.EN, 30), options().blankRows(true));

        int[] rows = intake.written().sheet("Seizures").rowNumbers().toArray();
        assertThat(rows[rows.length - 1] - rows[0] + 1).as("rows spanned, gaps included").isGreaterThan(rows.length);
        assertEveryLine(intake);
    }

    @Test
    void readsAReturnWithThousandsOfFormattedButEmptyRowsAtNoCost() throws Exception {
        Intake intake = intake(generated(Language.EN), options().trailingStyledRows(5_000));

        IntakeRun.SheetTally sheet = intake.run().sheet("Seizures");
        assertThat(sheet.rowsRead()).as("styled empty rows are never handed over").isEqualTo(LINES);
        assertThat(sheet.skipped).isEmpty();
        assertEveryLine(intake);
    }

    @Test
    void skipsATotalsRowThatMatchesTheLinesAbove() throws Exception {
        Intake intake = intake(generated(Language.EN), options().totals(TotalsRow.CORRECT));

        int totalsRow = intake.written().sheet("Seizures").totalsRowNumber();
        assertThat(intake.run().sheet("Seizures").skipped)
                .containsExactly(new IntakeRun.Skip("Seizures", totalsRow, SkipReason.TOTALS));
        assertThat(intake.run().warnings()).extracting(IntakeRun.Warning::code).doesNotContain("TOTALS_MISMATCH");
        assertEveryLine(intake);
    }

    @Test
    void skipsATotalsRowThatDoesNotMatchAndWarnsOfTheMismatch() throws Exception {
        Intake intake = intake(generated(Language.FR), options().language(Language.FR).totals(TotalsRow.WRONG));

        int totalsRow = intake.written().sheet("Saisies").totalsRowNumber();
        assertThat(intake.run().sheet("Saisies").skipped)
                .containsExactly(new IntakeRun.Skip("Saisies", totalsRow, SkipReason.TOTALS));
        assertThat(intake.run().warnings()).filteredOn(w -> w.code().equals("TOTALS_MISMATCH"))
                .singleElement().satisfies(w -> {
                    assertThat(w.sheet()).isEqualTo("Saisies");
                    assertThat(w.rowNumber()).isEqualTo(totalsRow);
                    assertThat(w.column()).isEqualTo("Quantité");
                });
        assertEveryLine(intake);
    }

    @Test
    void spreadsMergedCaseReferencesAndDatesOverTheirCasesLines() throws Exception {
        Intake intake = intake(generated(Language.EN), options().mergedCases(true));

        assertThat(intake.fixture().lines().stream().map(FixtureLine::caseRef).distinct().count())
                .as("some cases have several lines").isLessThan(LINES);
        assertEveryLine(intake);
    }

    @Test
    void readsACaseSplitOverTwoSheets() throws Exception {
        LocalDate june4 = LocalDate.of(2019, 6, 4);
        List<FixtureLine> lines = new ArrayList<>(generated(Language.EN).lines());
        lines.add(FixtureLine.of("KEN-SPLIT-1", june4, "raw ivory", "12.5", "kg").withDomain(FixtureDomain.WILDLIFE));
        lines.add(FixtureLine.of("KEN-SPLIT-1", june4, "plastic waste", "3.2", "t").withDomain(FixtureDomain.WASTE));
        FixtureReturn fixture = FixtureReturn.of("KEN", JUNE, lines);

        Intake intake = intake(fixture, options().splitSheets(true));

        assertThat(intake.run().seizureSheets()).containsOnlyKeys("Wildlife", "Waste");
        assertThat(intake.run().loaded()).filteredOn(l -> l.caseRef().equals("KEN-SPLIT-1"))
                .extracting(SeizureLine::sheet, SeizureLine::commodityCode)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Wildlife", "IVORY_RAW"),
                        org.assertj.core.groups.Tuple.tuple("Waste", "WASTE_PLASTIC"));
        assertEveryLine(intake);
    }

    // ---- formulas and error cells ------------------------------------------------------------------------

    @Test
    void readsTheCachedResultsOfFormulas() throws Exception {
        FixtureReturn fixture = withQuantities(generated(Language.EN), line -> FixtureQuantity.cachedFormula(
                line.amount().toPlainString()));

        assertEveryLine(intake(fixture, options()));
    }

    @Test
    void evaluatesFormulasSavedWithoutACachedResult() throws Exception {
        FixtureReturn fixture = withQuantities(generated(Language.EN), line -> FixtureQuantity.uncachedFormula(
                line.amount().toPlainString()));

        assertEveryLine(intake(fixture, options()));
    }

    @Test
    void rejectsAFormulaWithoutCachedResultThatCannotBeEvaluatedNamingTheCell() throws Exception {
        FixtureReturn fixture = withQuantity(generated(Language.EN), 3,
                FixtureQuantity.unevaluableFormula("VLOOKUP(A2,Lists!A1:B9,2,FALSE)"));

        Intake intake = intake(fixture, options(), Map.of(3, RejectReason.FORMULA_WITHOUT_VALUE));

        assertEveryLine(intake);
        assertThat(onlyFault(intake, 3).message()).containsPattern("Cell [A-Z]+" + rowOf(intake, 3) + " ")
                .contains("VLOOKUP(A2,Lists!A1:B9,2,FALSE)");
    }

    @Test
    void rejectsErrorCellsNamingTheCell() throws Exception {
        FixtureReturn fixture = withQuantity(BadLine.QUANTITY_ERROR_CELL.putInto(generated(Language.EN), 2), 7,
                new FixtureQuantity.ErrorValue(FormulaError.DIV0));

        Intake intake = intake(fixture, options(), Map.of(2, RejectReason.CELL_ERROR, 7, RejectReason.CELL_ERROR));

        assertEveryLine(intake);
        assertThat(onlyFault(intake, 2).message()).containsPattern("Cell [A-Z]+" + rowOf(intake, 2) + " ")
                .contains("#N/A");
        assertThat(onlyFault(intake, 7).message()).containsPattern("Cell [A-Z]+" + rowOf(intake, 7) + " ")
                .contains("#DIV/0!");
    }

    // ---- quantities and units ----------------------------------------------------------------------------

    @Test
    void readsQuantityAndUnitInOneCell() throws Exception {
        Intake intake = intake(generated(Language.EN), options().quantityStyle(QuantityStyle.COMBINED));

        assertEveryLine(intake);
    }

    @Test
    void readsTheUnitFromTheQuantityHeader() throws Exception {
        FixtureReturn fixture = FixtureReturn.of("KEN", JUNE,
                new FixtureReturns(11).linesInKilograms("KEN", JUNE, Language.EN, LINES));

        Intake intake = intake(fixture, options().quantityStyle(QuantityStyle.HEADER));

        assertThat(intake.run().loaded()).extracting(SeizureLine::unitText).containsOnly("kg");
        assertEveryLine(intake);
    }

    @Test
    void readsNumbersTypedAsTextWithADecimalCommaAndThousandsSeparators() throws Exception {
        FixtureReturn fixture = generated(Language.FR).withDecimalSeparator(',');
        fixture = withQuantity(fixture, 0, FixtureQuantity.text("1.238,5"));
        fixture = withQuantity(fixture, 1, FixtureQuantity.text("2\u00A0550"));
        fixture = withQuantity(fixture, 4, FixtureQuantity.text("1,238.5"));
        fixture = withQuantity(fixture, 5, FixtureQuantity.text("12.5"));

        Intake intake = intake(fixture, options().language(Language.FR).textNumbers(true),
                Map.of(4, RejectReason.QTY_AMBIGUOUS, 5, RejectReason.QTY_NOT_NUMBER));

        assertThat(intake.run().identity().decimalSeparator()).isEqualTo(',');
        assertThat(loadedLine(intake, 0).quantity()).isEqualByComparingTo("1238.5");
        assertThat(loadedLine(intake, 1).quantity()).isEqualByComparingTo("2550");
        assertEveryLine(intake, Map.of(0, "1238.5", 1, "2550"));
    }

    // ---- dates -------------------------------------------------------------------------------------------

    @Test
    void readsDateCellsInThe1900System() throws Exception {
        Intake intake = intake(generated(Language.EN), options().dateStyle(DateStyle.DATE));

        assertThat(intake.run().identity().uses1904Dates()).isFalse();
        assertEveryLine(intake);
    }

    @Test
    void readsDatesInThe1904System() throws Exception {
        Intake intake = intake(generated(Language.EN), options().date1904(true));

        assertThat(intake.run().identity().uses1904Dates()).isTrue();
        assertEveryLine(intake);
    }

    @Test
    void readsDatesTypedAsSerialNumbersInThe1904System() throws Exception {
        Intake intake = intake(generated(Language.EN), options().date1904(true).dateStyle(DateStyle.SERIAL));

        assertEveryLine(intake);
    }

    @Test
    void readsDatesTypedAsSerialNumbers() throws Exception {
        Intake intake = intake(generated(Language.EN), options().dateStyle(DateStyle.SERIAL));

        assertEveryLine(intake);
    }

    static Stream<Arguments> textDates() {
        return Stream.of(
                Arguments.of(DateStyle.ISO, Language.EN),
                Arguments.of(DateStyle.ISO_WITH_TIME, Language.EN),
                Arguments.of(DateStyle.DMY, Language.EN),
                Arguments.of(DateStyle.DOT, Language.EN),
                Arguments.of(DateStyle.DMON, Language.EN),
                Arguments.of(DateStyle.LONG, Language.EN),
                Arguments.of(DateStyle.LONG, Language.FR),
                Arguments.of(DateStyle.LONG, Language.ES),
                Arguments.of(DateStyle.MIXED, Language.FR));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("textDates")
    void readsDatesTypedAsText(DateStyle style, Language language) throws Exception {
        Intake intake = intake(generated(language), options().language(language).dateStyle(style));

        assertEveryLine(intake);
    }

    // ---- text --------------------------------------------------------------------------------------------

    @Test
    void readsTextWithNonBreakingAndZeroWidthSpacesAndOddCase() throws Exception {
        Intake intake = intake(generated(Language.EN, 30), options().noise(true).seed(3));

        assertEveryLine(intake);
    }

    // ---- cover and identity ------------------------------------------------------------------------------

    /** Every period style, and the long style (month names) in every language. */
    static Stream<Arguments> coverPeriods() {
        return Stream.of(
                Arguments.of(PeriodStyle.DATE, Language.EN),
                Arguments.of(PeriodStyle.SLASH, Language.ES),
                Arguments.of(PeriodStyle.ISO, Language.FR),
                Arguments.of(PeriodStyle.LONG, Language.EN),
                Arguments.of(PeriodStyle.LONG, Language.FR),
                Arguments.of(PeriodStyle.LONG, Language.ES));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("coverPeriods")
    void readsTheCoverPeriodInEveryStyleAndLanguage(PeriodStyle style, Language language) throws Exception {
        FixtureReturn fixture = generated(language).withOperation("THUNDERBALL2019").withVersion(2);

        Intake intake = intake(fixture, options().language(language).coverPeriodStyle(style).coverTitle(true));

        assertIdentity(intake);
        assertEveryLine(intake);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Language.class)
    void readsANilReturn(Language language) throws Exception {
        FixtureReturn fixture = FixtureReturn.of("KEN", JUNE, List.of());

        Intake intake = intake(fixture, options().language(language));

        assertThat(intake.run().identity().nilDeclared()).isTrue();
        assertThat(intake.run().seizureSheets()).containsOnlyKeys(language.singleSeizureSheet());
        assertThat(intake.run().loaded()).isEmpty();
        assertThat(intake.run().rejected()).isEmpty();
        assertRowsAddUp(intake.run());
    }

    @Test
    void identifiesAReturnWithoutCoverByItsFileNameAlone() throws Exception {
        FixtureReturn fixture = generated(Language.EN).withOperation("THUNDERBALL2019").withVersion(3);

        Intake intake = intake(fixture, options().cover(false));

        assertThat(intake.written().file().getFileName().toString()).isEqualTo("KEN_2019-06_THUNDERBALL2019_v3.xlsx");
        assertThat(intake.run().identity()).isEqualTo(new ReturnIdentity("KEN", JUNE, "THUNDERBALL2019", 3, null,
                false, '.', null, false));
        assertEveryLine(intake);
    }

    // ---- bad lines in an otherwise plain return ----------------------------------------------------------

    @Test
    void rejectsEachBadLineForItsReasonNamingItsColumnAndLoadsTheRest() throws Exception {
        FixtureReturn fixture = generated(Language.EN, 30);
        Map<Integer, RejectReason> bad = new LinkedHashMap<>();
        int index = 1;
        for (BadLine fault : BadLine.values()) {
            fixture = fault.putInto(fixture, index);
            bad.put(index, fault.expectedReason());
            index += 2;
        }

        Intake intake = intake(fixture, options(), bad);

        assertEveryLine(intake);
    }

    // ---- all at once -------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(WorkbookFormat.class)
    void readsAReturnWithEveryLayoutQuirkAtOnce(WorkbookFormat format) throws Exception {
        FixtureReturn fixture = BadLine.COUNTRY_UNKNOWN.putInto(generated(Language.FR, 30), 9)
                .withDecimalSeparator(',');

        Intake intake = intake(fixture, options().format(format).language(Language.FR).titleRows(3)
                        .groupHeaderRow(true).headerStyle(HeaderStyle.COLON).shuffleColumns(true).extraColumns(true)
                        .blankRows(true).totals(TotalsRow.CORRECT).mergedCases(true).splitSheets(true)
                        .instructions(true).listsSheet(true).noise(true).dateStyle(DateStyle.MIXED)
                        .quantityStyle(QuantityStyle.COMBINED).trailingStyledRows(300).seed(9),
                Map.of(9, RejectReason.COUNTRY_UNKNOWN));

        assertThat(intake.run().otherSheets()).contains("Instructions", "Listes", "Couverture");
        assertThat(intake.run().warnings()).extracting(IntakeRun.Warning::code).doesNotContain("TOTALS_MISMATCH");
        assertIdentity(intake);
        assertEveryLine(intake);
    }

    // ---- the pipeline and what every test checks ---------------------------------------------------------

    private static LayoutOptions.Builder options() {
        return LayoutOptions.builder();
    }

    private static FixtureReturn generated(Language language) {
        return generated(language, LINES);
    }

    private static FixtureReturn generated(Language language, int lines) {
        return new FixtureReturns(42).monthlyReturn("KEN", JUNE, language, lines);
    }

    private Intake intake(FixtureReturn fixture, LayoutOptions.Builder options) throws Exception {
        return intake(fixture, options, Map.of());
    }

    private Intake intake(FixtureReturn fixture, LayoutOptions.Builder options, Map<Integer, RejectReason> bad)
            throws Exception {
        WrittenReturn written = new ReturnWorkbookWriter(options.build()).writeInto(folder, fixture);
        return new Intake(fixture, written, IntakeRun.of(written.file()), bad);
    }

    private static void assertIdentity(Intake intake) {
        FixtureReturn fixture = intake.fixture();
        ReturnIdentity identity = intake.run().identity();
        assertThat(identity.reportingIso3()).isEqualTo(fixture.iso3());
        assertThat(identity.period()).isEqualTo(fixture.period());
        assertThat(identity.operationCode()).isEqualTo(fixture.operation());
        assertThat(identity.version()).isEqualTo(fixture.version());
        assertThat(identity.submittedOn()).isEqualTo(fixture.submittedOn());
        assertThat(identity.nilDeclared()).isEqualTo(fixture.nil());
        assertThat(identity.decimalSeparator()).isEqualTo(fixture.decimalSeparator());
    }

    private static void assertEveryLine(Intake intake) {
        assertEveryLine(intake, Map.of());
    }

    /**
     * Every fixture line loaded as meant (or rejected as meant), and every sheet's rows accounted for.
     *
     * @param typedQuantities the quantity a line typed as text stands for, by line index
     */
    private static void assertEveryLine(Intake intake, Map<Integer, String> typedQuantities) {
        IntakeRun run = intake.run();
        List<FixtureLine> lines = intake.fixture().lines();
        assertThat(lines).isNotEmpty();
        for (int i = 0; i < lines.size(); i++) {
            FixtureLine line = lines.get(i);
            String sheet = intake.written().sheetOf(i);
            int row = intake.written().rowNumberOf(i);
            String where = sheet + "!" + row + " (line " + i + ", case " + line.caseRef() + ")";
            RejectReason reason = intake.bad().get(i);
            if (reason != null) {
                Rejection rejection = run.rejectedAt(sheet, row)
                        .orElseThrow(() -> new AssertionError(where + " should be rejected for " + reason));
                assertThat(rejection.faults()).as(where).extracting(LineFault::reason).contains(reason);
                assertThat(rejection.faults()).as(where).allSatisfy(f -> {
                    assertThat(f.column()).as("the column is named").isNotBlank();
                    assertThat(f.message()).isNotBlank();
                });
                continue;
            }
            SeizureLine loaded = run.loadedAt(sheet, row).orElseThrow(() -> new AssertionError(where
                    + " should load but " + run.rejectedAt(sheet, row).map(r -> "was rejected: " + r.faults())
                    .orElse("is missing")));
            assertThat(loaded.caseRef().toLowerCase(Locale.ROOT)).as(where)
                    .isEqualTo(line.caseRef().toLowerCase(Locale.ROOT));
            assertThat(loaded.seizureDate()).as(where).isEqualTo(line.seizureDate());
            assertThat(loaded.commodityCode()).as(where).isEqualTo(ExpectedLine.commodityCode(line));
            assertThat(loaded.measure()).as(where).isEqualTo(ExpectedLine.measure(line));
            String typed = typedQuantities.get(i);
            if (typed == null) {
                assertThat(loaded.quantity()).as(where).isEqualByComparingTo(line.amount());
                assertThat(loaded.baseQuantity()).as(where).isEqualByComparingTo(ExpectedLine.baseQuantity(line));
            } else {
                assertThat(loaded.quantity()).as(where).isEqualByComparingTo(typed);
            }
        }
        assertThat(run.loaded().size() + run.rejected().size()).as("lines loaded and rejected")
                .isEqualTo(lines.size());
        assertThat(run.rejected()).hasSize(intake.bad().size());
        assertRowsAddUp(run);
    }

    private static void assertRowsAddUp(IntakeRun run) {
        assertThat(run.seizureSheets()).isNotEmpty();
        run.seizureSheets().forEach((name, sheet) -> assertThat(sheet.accountedFor())
                .as("sheet %s: rows read = loaded %d + rejected %d + skipped %d", name, sheet.loaded.size(),
                        sheet.rejected.size(), sheet.skipped.size())
                .isEqualTo(sheet.rowsRead()));
    }

    private static FixtureReturn withQuantities(FixtureReturn fixture,
                                                java.util.function.Function<FixtureLine, FixtureQuantity> quantity) {
        return fixture.withLines(fixture.lines().stream().map(l -> l.withQuantity(quantity.apply(l))).toList());
    }

    private static FixtureReturn withQuantity(FixtureReturn fixture, int index, FixtureQuantity quantity) {
        List<FixtureLine> lines = new ArrayList<>(fixture.lines());
        lines.set(index, lines.get(index).withQuantity(quantity));
        return fixture.withLines(List.copyOf(lines));
    }

    private static int rowOf(Intake intake, int index) {
        return intake.written().rowNumberOf(index);
    }

    private static SeizureLine loadedLine(Intake intake, int index) {
        return intake.run().loadedAt(intake.written().sheetOf(index), rowOf(intake, index)).orElseThrow();
    }

    private static LineFault onlyFault(Intake intake, int index) {
        List<LineFault> faults = intake.run().rejectedAt(intake.written().sheetOf(index), rowOf(intake, index))
                .orElseThrow().faults();
        assertThat(faults).hasSize(1);
        assertThat(faults.get(0).column()).isEqualTo(Language.EN.header(Field.QUANTITY));
        return faults.get(0);
    }
}
