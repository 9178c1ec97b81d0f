package org.customs.seizures.jobs.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.jobs.SeizuresCli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;

/**
 * From returns to the published statistics: two years (January to March 2018 and 2019) of generated FRA and
 * KEN returns are ingested with {@code ./seizures ingest}, then {@code ./seizures stats} writes the workbook,
 * which is read back with POI: its headline and its charts must agree with the lines that were sent.
 */
class StatisticsWorkbookFunctionalTests {

    private static final YearMonth MARCH_2019 = YearMonth.of(2019, 3);
    private static final String FORMULA_CASE = "=1+2";

    @TempDir
    static Path work;

    private static Path warehouse;
    private static final List<FixtureLine> FRA_LINES = new ArrayList<>();
    private static final List<FixtureLine> KEN_LINES = new ArrayList<>();

    @BeforeAll
    static void givenTwoYearsOfIngestedReturns() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        FixtureReturns fixtures = new FixtureReturns(7);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        for (int year : new int[] {2018, 2019}) {
            for (int month = 1; month <= 3; month++) {
                YearMonth period = YearMonth.of(year, month);
                List<FixtureLine> fra = new ArrayList<>(fixtures.wasteLines("FRA", period, Language.EN, year == 2018 ? 6 : 4));
                if (year == 2019 && month == 1) {
                    fra.set(0, fra.get(0).withCaseRef(FORMULA_CASE));
                }
                List<FixtureLine> ken = fixtures.wildlifeLines("KEN", period, Language.EN, 3);
                writer.writeInto(inbox, FixtureReturn.of("FRA", period, fra));
                writer.writeInto(inbox, FixtureReturn.of("KEN", period, ken));
                FRA_LINES.addAll(fra);
                KEN_LINES.addAll(ken);
            }
        }
        warehouse = work.resolve("warehouse.duckdb");
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString()))
                .isZero();
    }

    @Test
    void writesTheHeadlineOfTheYearToDateFromTheFigures() throws Exception {
        // given
        long casesNow = distinctCases(YearMonth.of(2019, 1), MARCH_2019);
        long casesBefore = distinctCases(YearMonth.of(2018, 1), MARCH_2019.minusYears(1));
        String change = String.format(java.util.Locale.ENGLISH, "%.1f%% %s than in January–March 2018",
                Math.abs(100.0 * (casesNow - casesBefore) / casesBefore), casesNow < casesBefore ? "fewer" : "more");

        // when
        Path out = work.resolve("out").resolve("statistics-2019-03.xlsx");
        assertThat(SeizuresCli.execute("stats", "--month", "2019-03", "--warehouse", warehouse.toString(),
                "--out", out.toString())).isZero();

        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            assertThat(texts(workbook.getSheet("Summary")))
                    .anyMatch(text -> text.startsWith("January–March 2019: " + casesNow + " seizure cases, " + change + ";"));
            assertThat(workbook.getSheet("Methodology")).isNotNull();
            assertThat(workbook.getSheet("By operation")).isNotNull();
        }
    }

    @Test
    void drawsThisYearAgainstLastYearForCasesAndEveryMeasure() throws Exception {
        // when
        Path out = work.resolve("charts.xlsx");
        assertThat(SeizuresCli.execute("stats", "--month", "2019-03", "--warehouse", warehouse.toString(),
                "--out", out.toString())).isZero();

        // then
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
            XSSFSheet charts = workbook.getSheet("Charts");
            List<XSSFChart> drawn = charts.getDrawingPatriarch().getCharts();
            assertThat(drawn).hasSize(5);
            XSSFChart cases = drawn.get(0);
            assertThat(cases.getTitleText().getString()).isEqualTo("Cases: 2019 against 2018");
            CTLineSer[] series = cases.getCTChart().getPlotArea().getLineChartArray(0).getSerArray();
            assertThat(series).hasSize(2);
            assertThat(series[0].getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("2019");
            assertThat(series[1].getTx().getStrRef().getStrCache().getPtArray(0).getV()).isEqualTo("2018");
            assertThat(series[0].getVal().getNumRef().getF()).isEqualTo("Charts!$B$4:$B$6");
            assertThat(series[1].getVal().getNumRef().getF()).isEqualTo("Charts!$C$4:$C$6");
            for (int month = 1; month <= 3; month++) {
                Row row = charts.getRow(2 + month);
                assertThat(row.getCell(1).getNumericCellValue()).as("cases 2019-%s", month)
                        .isEqualTo(distinctCases(YearMonth.of(2019, month), YearMonth.of(2019, month)));
                assertThat(row.getCell(2).getNumericCellValue()).as("cases 2018-%s", month)
                        .isEqualTo(distinctCases(YearMonth.of(2018, month), YearMonth.of(2018, month)));
                assertThat(row.getCell(1).getNumericCellValue())
                        .isEqualTo(viewCases(YearMonth.of(2019, month)));
            }
        }
    }

    @Test
    void neutralisesFormulaLikeCaseReferencesInSqlCsvOutput() throws Exception {
        // given: a case reference "=1+2" came in FRA's January 2019 return
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        int exitCode;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = SeizuresCli.execute("sql", "select case_ref, count(*) as lines from v_seizure_lines"
                    + " where case_ref = '" + FORMULA_CASE + "' group by case_ref", "--format", "csv",
                    "--warehouse", warehouse.toString());
        } finally {
            System.setOut(original);
        }

        // then
        assertThat(exitCode).isZero();
        assertThat(captured.toString(StandardCharsets.UTF_8).lines()).contains("'" + FORMULA_CASE + ",1");
    }

    @Test
    void printsTheHeadlinesAsMarkdown() throws Exception {
        // given
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;

        // when
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(SeizuresCli.execute("stats", "--month", "2019-03", "--format", "md",
                    "--warehouse", warehouse.toString())).isZero();
        } finally {
            System.setOut(original);
        }

        // then
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).contains("# Seizure statistics — March 2019")
                .anyMatch(line -> line.startsWith("- January–March 2019: " + distinctCases(YearMonth.of(2019, 1), MARCH_2019)
                        + " seizure cases"))
                .anyMatch(line -> line.startsWith("| All domains | All categories | Cases | "));
    }

    /** Distinct (country, case reference) among the lines sent with a seizure date in [from, to]. */
    private static long distinctCases(YearMonth from, YearMonth to) {
        Set<String> cases = new HashSet<>();
        addCases(cases, "FRA", FRA_LINES, from, to);
        addCases(cases, "KEN", KEN_LINES, from, to);
        return cases.size();
    }

    private static void addCases(Set<String> cases, String iso3, List<FixtureLine> lines, YearMonth from, YearMonth to) {
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        for (FixtureLine line : lines) {
            if (!line.seizureDate().isBefore(first) && !line.seizureDate().isAfter(last)) {
                cases.add(iso3 + "/" + line.caseRef());
            }
        }
    }

    private static long viewCases(YearMonth month) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + warehouse.toAbsolutePath()
                + ";access_mode=READ_ONLY;autoinstall_known_extensions=false;autoload_known_extensions=false");
             PreparedStatement statement = connection.prepareStatement("select cases from v_monthly_yoy where month = ?"
                     + " and reporting_iso3 = 'ALL' and domain = 'ALL' and commodity_category = 'ALL'")) {
            statement.setObject(1, month.atDay(1));
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getLong(1);
            }
        }
    }

    private static List<String> texts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING) {
                    texts.add(cell.getStringCellValue());
                }
            }
        }
        return texts;
    }
}
