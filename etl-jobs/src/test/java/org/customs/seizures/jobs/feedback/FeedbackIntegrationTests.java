package org.customs.seizures.jobs.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.core.fixtures.BadLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.core.fixtures.WrittenReturn;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.jobs.SeizuresApplication;
import org.customs.seizures.jobs.ingest.IngestRun;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Generated returns with bad lines are ingested into a temp warehouse; then the feedback workbooks
 * of the run are written and read back with POI.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackIntegrationTests {

    private static final String RED = "FFC7CE";

    @TempDir
    static Path work;

    private Path feedback;
    private WrittenReturn english;
    private WrittenReturn french;
    private List<Path> written;

    @BeforeAll
    void ingestReturnsAndWriteTheirFeedback() throws Exception {
        // given: an English return with a quantity that is not a number, a French one with an unknown unit
        // and an unknown country, a clean return, a resent copy of the English one, a French return whose
        // cover contradicts its file name, and a text file
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        FixtureReturns fixtures = new FixtureReturns(7);
        FixtureReturn englishReturn = fixtures.monthlyReturn("FRA", YearMonth.of(2019, 1), Language.EN, 5);
        english = new ReturnWorkbookWriter(LayoutOptions.plain())
                .writeInto(inbox, BadLine.QUANTITY_NOT_A_NUMBER.putInto(englishReturn, 2));
        ReturnWorkbookWriter frenchWriter = new ReturnWorkbookWriter(LayoutOptions.builder().language(Language.FR).build());
        FixtureReturn frenchReturn = fixtures.monthlyReturn("FRA", YearMonth.of(2019, 2), Language.FR, 5);
        french = frenchWriter.writeInto(inbox,
                BadLine.COUNTRY_UNKNOWN.putInto(BadLine.UNIT_UNKNOWN.putInto(frenchReturn, 1), 3));
        new ReturnWorkbookWriter(LayoutOptions.plain())
                .writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2019, 3), Language.EN, 4));
        Files.copy(english.file(), inbox.resolve("FRA_2019-01_resent.xlsx"));
        frenchWriter.writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2019, 4), Language.FR, 3)
                .withCoverCountry("Kenya"));
        Files.writeString(inbox.resolve("seizures.xlsx"), "case;date;commodity;quantity\n1;2019-05-02;cocaine;3\n",
                StandardCharsets.UTF_8);
        WarehouseFile warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        warehouse.migrate();
        LocalDateTime started = LocalDateTime.now();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeizuresApplication.class)
                .web(WebApplicationType.NONE)
                .run("--seizures.warehouse=" + warehouse.path())) {
            assertThat(context.getBean(IngestRun.class).run(inbox).succeeded()).isTrue();
        }
        feedback = work.resolve("out").resolve("feedback");

        // when
        written = new SenderFeedback(warehouse, inbox, feedback, WorkbookLimits.defaults())
                .writeForFilesReceivedSince(started);
    }

    @Test
    void writesFeedbackForReturnsWithRejectionsAndWholeFileRejectionsOnly() throws Exception {
        // then: no feedback for the clean return nor for the resent copy (a duplicate)
        try (Stream<Path> files = Files.list(feedback)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .containsExactlyInAnyOrder("FRA_2019-01-feedback.xlsx", "FRA_2019-02-feedback.xlsx",
                            "FRA_2019-04-feedback.xlsx", "seizures-feedback.xlsx");
        }
        assertThat(written).hasSize(4);
    }

    @Test
    void theFrenchReturnGetsFrenchReasonsBesideItsRowsWithTheOffendingCellsMarked() throws Exception {
        // then
        try (XSSFWorkbook workbook = read("FRA_2019-02-feedback.xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Résumé");
            assertThat(summaryNumber(workbook, "Lignes non chargées")).isEqualTo(2);
            assertThat(summaryNumber(workbook, "Lignes chargées")).isEqualTo(3);
            XSSFSheet sheet = workbook.getSheet(french.sheetOf(1));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ligne");
            assertThat(texts(sheet.getRow(1))).contains(Language.FR.header(org.customs.seizures.core.returns.Field.UNIT));

            Row unitRow = rowNumbered(sheet, french.rowNumberOf(1));
            XSSFCell unit = cellHolding(unitRow, BadLine.UNKNOWN_UNIT);
            assertThat(fill(unit)).isEqualTo(RED);
            assertThat(reason(unitRow)).startsWith("Non chargée : L'unité « sacks »");

            Row countryRow = rowNumbered(sheet, french.rowNumberOf(3));
            assertThat(fill(cellHolding(countryRow, BadLine.UNKNOWN_COUNTRY))).isEqualTo(RED);
            assertThat(reason(countryRow)).startsWith("Non chargée : Le pays « Atlantis »");
            assertThat(sheet.getLastRowNum()).isEqualTo(3); // note, header and the two offending rows only
        }
    }

    @Test
    void theEnglishReturnShowsTheStoredMessageAndTheSendersRowNumber() throws Exception {
        // then
        try (XSSFWorkbook workbook = read("FRA_2019-01-feedback.xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
            XSSFSheet sheet = workbook.getSheet(english.sheetOf(2));
            Row row = rowNumbered(sheet, english.rowNumberOf(2));
            assertThat(fill(cellHolding(row, "about fifty"))).isEqualTo(RED);
            assertThat(reason(row)).startsWith("Not loaded: ").contains("about fifty");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("header row is row 1");
        }
    }

    @Test
    void aReturnRejectedAsAWholeIsExplainedOnTheSummaryInItsLanguage() throws Exception {
        // then: the French return whose cover names another country
        try (XSSFWorkbook workbook = read("FRA_2019-04-feedback.xlsx")) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            assertThat(workbook.getSheetName(0)).isEqualTo("Résumé");
            assertThat(summaryValue(workbook, "Résultat")).isEqualTo("Non chargé : le fichier entier a été refusé.");
            assertThat(summaryValue(workbook, "Pourquoi le fichier n'a pas été chargé"))
                    .startsWith("La page de couverture et le nom du fichier ne concordent pas");
        }
    }

    @Test
    void aFileThatIsNoSpreadsheetIsExplainedInAllThreeLanguages() throws Exception {
        // then
        try (XSSFWorkbook workbook = read("seizures-feedback.xlsx")) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Summary - Résumé - Resumen");
            String why = summaryValue(workbook, "Why the file was not loaded / Pourquoi le fichier n'a pas été chargé"
                    + " / Por qué no se cargó el archivo");
            assertThat(why.split("\n")).hasSize(3);
            assertThat(why.split("\n")[1]).startsWith("Le fichier n'est pas un classeur");
            assertThat(why.split("\n")[2]).startsWith("El archivo no es una hoja de cálculo");
        }
    }

    private XSSFWorkbook read(String name) throws Exception {
        try (InputStream in = Files.newInputStream(feedback.resolve(name))) {
            return new XSSFWorkbook(in);
        }
    }

    private static Row rowNumbered(XSSFSheet sheet, int rowNumber) {
        for (Row row : sheet) {
            if (row.getRowNum() >= 2 && row.getCell(0).getNumericCellValue() == rowNumber) {
                return row;
            }
        }
        throw new AssertionError("no row numbered " + rowNumber + " in sheet " + sheet.getSheetName());
    }

    private static XSSFCell cellHolding(Row row, String text) {
        for (int column = 1; column < row.getLastCellNum() - 1; column++) {
            XSSFCell cell = (XSSFCell) row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().contains(text)) {
                return cell;
            }
        }
        throw new AssertionError("no cell holding '" + text + "' in row " + row.getCell(0));
    }

    private static String reason(Row row) {
        return row.getCell(row.getLastCellNum() - 1).getStringCellValue();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new java.util.ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String fill(XSSFCell cell) {
        if (cell.getCellStyle().getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        return cell.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2);
    }

    private static Row summaryRow(XSSFWorkbook workbook, String label) {
        for (Row row : workbook.getSheetAt(0)) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no summary row labelled '" + label + "'");
    }

    private static String summaryValue(XSSFWorkbook workbook, String label) {
        return summaryRow(workbook, label).getCell(1).getStringCellValue();
    }

    private static double summaryNumber(XSSFWorkbook workbook, String label) {
        return summaryRow(workbook, label).getCell(1).getNumericCellValue();
    }
}
