package org.customs.seizures.reports.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackWorkbookTests {

    private static final LocalDateTime RECEIVED = LocalDateTime.of(2019, 7, 4, 9, 30);

    @TempDir
    Path folder;

    @Test
    void marksTheOffendingCellsRedForARejectedRowAndAmberForAWarning() throws Exception {
        // given
        FeedbackReport report = report(FeedbackLanguage.ENGLISH, sheet("Seizures",
                new FeedbackRow(5, cells("C-1", "2019-06-03", "cocaine", "about fifty", "kg"), Set.of(3),
                        List.of(FeedbackIssue.rejection("QTY_NOT_NUMBER", "Quantity", "about fifty",
                                "Quantity 'about fifty' is not a number"))),
                new FeedbackRow(7, cells("C-3", "2019-06-05", "ivory", "12", "kg", "EUR", "lots"), Set.of(6),
                        List.of(FeedbackIssue.warning("VALUE_UNREADABLE", "Value", "lots", null)))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        XSSFSheet sheet = workbook.getSheet("Seizures");
        assertThat(fill(sheet.getRow(2).getCell(4))).isEqualTo(FeedbackStyles.REJECTED_FILL);
        assertThat(fill(sheet.getRow(2).getCell(1))).isNull();
        assertThat(fill(sheet.getRow(3).getCell(7))).isEqualTo(FeedbackStyles.WARNING_FILL);
        assertThat(fill(sheet.getRow(3).getCell(4))).isNull();
        assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(5);
        assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(7);
        assertThat(sheet.getRow(2).getCell(4).getStringCellValue()).isEqualTo("about fifty");
    }

    @Test
    void keepsTheSendersHeaderRowAboveTheRowsWithRowAndReasonColumnsAndFreezesIt() throws Exception {
        // given
        FeedbackReport report = report(FeedbackLanguage.ENGLISH, sheet("Seizures",
                new FeedbackRow(5, cells("C-1", "2019-06-03", "cocaine", "-12", "kg"), Set.of(3),
                        List.of(FeedbackIssue.rejection("QTY_NOT_POSITIVE", "Quantity", "-12",
                                "Quantity '-12' must be greater than zero")))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        XSSFSheet sheet = workbook.getSheet("Seizures");
        assertThat(texts(sheet, 1)).containsExactly("Row", "Case reference", "Date of seizure", "Commodity",
                "Quantity", "Unit", "Reason");
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("row 3");
        assertThat(sheet.getRow(2).getCell(6).getStringCellValue())
                .isEqualTo("Not loaded: Quantity '-12' must be greater than zero");
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
        assertThat(sheet.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(6)).isGreaterThan(sheet.getColumnWidth(5));
    }

    @Test
    void givesTheReasonsInFrenchForAFrenchReturn() throws Exception {
        // given
        FeedbackReport report = report(FeedbackLanguage.FRENCH, sheet("Saisies",
                new FeedbackRow(4, cells("A-1", "2019-06-03", "cocaïne", "12", "sacs"), Set.of(4),
                        List.of(FeedbackIssue.rejection("UNIT_UNKNOWN", "Unité", "sacs",
                                "Unit 'sacs' is not a known unit")))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(workbook.getSheetName(0)).isEqualTo("Résumé");
        XSSFSheet sheet = workbook.getSheet("Saisies");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Ligne");
        assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).isEqualTo("Motif");
        assertThat(sheet.getRow(2).getCell(6).getStringCellValue())
                .isEqualTo("Non chargée : L'unité « sacs » (colonne « Unité ») n'est pas une unité connue ; "
                        + "utilisez kg, t, pièces, l ou m3.")
                .doesNotContain("is not a known unit");
        assertThat(summaryValue(workbook, "Que faire"))
                .isEqualTo("Corrigez les cellules signalées et renvoyez la déclaration.");
    }

    @Test
    void givesTheReasonsInSpanishForASpanishReturn() throws Exception {
        // given
        FeedbackReport report = report(FeedbackLanguage.SPANISH, sheet("Incautaciones",
                new FeedbackRow(9, cells("E-1", "2019-06-03", "tabaco", null, "kg"), Set.of(3),
                        List.of(FeedbackIssue.rejection("QTY_MISSING", "Cantidad", null, "Quantity is empty")))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(workbook.getSheetName(0)).isEqualTo("Resumen");
        XSSFSheet sheet = workbook.getSheet("Incautaciones");
        assertThat(sheet.getRow(2).getCell(6).getStringCellValue())
                .isEqualTo("No cargada: La cantidad (columna «Cantidad») está vacía.");
        assertThat(fill(sheet.getRow(2).getCell(4))).isEqualTo(FeedbackStyles.REJECTED_FILL);
    }

    @Test
    void neutralisesFormulaLikeTextFromTheReturn() throws Exception {
        // given
        String attack = "=HYPERLINK(\"http://evil.example\",\"click\")";
        FeedbackReport report = report(FeedbackLanguage.ENGLISH, sheet("Seizures",
                new FeedbackRow(5, cells(attack, "2019-06-03", "@SUM(1+1)", "x", "kg"), Set.of(3),
                        List.of(FeedbackIssue.rejection("QTY_NOT_NUMBER", "Quantity", "x", null)))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        XSSFCell caseRef = workbook.getSheet("Seizures").getRow(2).getCell(1);
        assertThat(caseRef.getCellType()).isEqualTo(CellType.STRING);
        assertThat(caseRef.getStringCellValue()).isEqualTo(attack);
        assertThat(caseRef.getCellStyle().getQuotePrefixed()).isTrue();
        XSSFCell commodity = workbook.getSheet("Seizures").getRow(2).getCell(3);
        assertThat(commodity.getCellType()).isEqualTo(CellType.STRING);
        assertThat(commodity.getCellStyle().getQuotePrefixed()).isTrue();
    }

    @Test
    void summarisesTheFileWithItsCounts() throws Exception {
        // given
        FeedbackReport report = new FeedbackReport("FRA_2019-06.xlsx", FeedbackLanguage.ENGLISH, RECEIVED,
                new FeedbackCounts(120, 110, 4, 6, 3), null,
                List.of(FeedbackIssue.warning("COVER_VERSION_UNREADABLE", "Version", "two",
                        "The version 'two' on the cover sheet could not be read")),
                List.of(sheet("Seizures", new FeedbackRow(5, cells("C-1"), Set.of(),
                        List.of(FeedbackIssue.rejection("QTY_MISSING", "Quantity", null, null))))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
        assertThat(summaryValue(workbook, "File")).isEqualTo("FRA_2019-06.xlsx");
        assertThat(summaryValue(workbook, "Received")).isEqualTo("2019-07-04 09:30");
        assertThat(summaryNumber(workbook, "Rows read")).isEqualTo(120);
        assertThat(summaryNumber(workbook, "Lines loaded")).isEqualTo(110);
        assertThat(summaryNumber(workbook, "Lines not loaded")).isEqualTo(4);
        assertThat(summaryNumber(workbook, "Rows skipped (blank, totals, repeated headers)")).isEqualTo(6);
        assertThat(summaryNumber(workbook, "Warnings")).isEqualTo(3);
        assertThat(summaryValue(workbook, "Other remarks"))
                .isEqualTo("The version 'two' on the cover sheet could not be read");
        assertThat(summaryValue(workbook, "Sheets with marked rows")).isEqualTo("Seizures: 1 rows");
        assertThat(summaryValue(workbook, "What to do")).isEqualTo("Correct the marked cells and send the return again.");
    }

    @Test
    void explainsAWholeFileRejectionInAllThreeLanguagesWhenTheLanguageIsUnknown() throws Exception {
        // given
        FeedbackReport report = new FeedbackReport("report.xlsx", null, RECEIVED, FeedbackCounts.none(),
                FeedbackIssue.rejection("FILE_PASSWORD_PROTECTED", null, null,
                        "report.xlsx is protected by a password; remove it and send the file again."),
                List.of(), List.of());

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
        assertThat(workbook.getSheetName(0)).isEqualTo("Summary - Résumé - Resumen");
        String why = summaryValue(workbook, "Why the file was not loaded / Pourquoi le fichier n'a pas été chargé"
                + " / Por qué no se cargó el archivo");
        assertThat(why.split("\n")).containsExactly(
                "report.xlsx is protected by a password; remove it and send the file again.",
                "Le fichier est protégé par un mot de passe. Retirez le mot de passe et renvoyez le fichier.",
                "El archivo está protegido con contraseña. Quite la contraseña y envíe el archivo de nuevo.");
        assertThat(summaryValue(workbook, "Result / Résultat / Resultado")).startsWith("Not loaded");
    }

    @Test
    void aFileLevelFaultNamedLikeALineFaultGetsTheFileText() throws Exception {
        // given: COUNTRY_UNKNOWN is both a file fault (reporting country) and a line reason (origin)
        FeedbackReport report = new FeedbackReport("XXX.xlsx", FeedbackLanguage.FRENCH, RECEIVED,
                FeedbackCounts.none(), FeedbackIssue.rejection("COUNTRY_UNKNOWN", null, null, "unknown country"),
                List.of(), List.of());

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(summaryValue(workbook, "Pourquoi le fichier n'a pas été chargé")).startsWith("Le pays déclarant");
    }

    @Test
    void giveASendersSheetNamedLikeTheSummaryAnotherTabName() throws Exception {
        // given
        FeedbackReport report = report(FeedbackLanguage.ENGLISH, sheet("summary",
                new FeedbackRow(5, cells("C-1"), Set.of(0),
                        List.of(FeedbackIssue.rejection("REQUIRED_MISSING", "Commodity", null, null)))));

        // when
        XSSFWorkbook workbook = writeAndRead(report);

        // then
        assertThat(workbook.getSheetName(0)).isEqualTo("Summary");
        assertThat(workbook.getSheetName(1)).isEqualTo("summary (2)");
    }

    @Test
    void namesTheFeedbackWorkbookAfterTheReceivedFile() {
        assertThat(FeedbackReport.workbookName("FRA_2019-06.xls")).isEqualTo("FRA_2019-06-feedback.xlsx");
        assertThat(FeedbackReport.workbookName("KEN.2019.06.xlsx")).isEqualTo("KEN.2019.06-feedback.xlsx");
        assertThat(FeedbackReport.workbookName("noextension")).isEqualTo("noextension-feedback.xlsx");
    }

    private static FeedbackReport report(FeedbackLanguage language, FeedbackSheet sheet) {
        int rejected = (int) sheet.rows().stream().filter(FeedbackRow::rejected).count();
        return new FeedbackReport("FRA_2019-06.xlsx", language, RECEIVED,
                new FeedbackCounts(10, 10 - rejected, rejected, 0, sheet.rows().size() - rejected), null,
                List.of(), List.of(sheet));
    }

    private static FeedbackSheet sheet(String name, FeedbackRow... rows) {
        return new FeedbackSheet(name, 3,
                cells("Case reference", "Date of seizure", "Commodity", "Quantity", "Unit"), List.of(rows));
    }

    private static List<String> cells(String... values) {
        return Arrays.asList(values);
    }

    private XSSFWorkbook writeAndRead(FeedbackReport report) throws Exception {
        Path target = folder.resolve("out").resolve(FeedbackReport.workbookName(report.fileName()));
        new FeedbackWorkbook().write(report, target);
        try (InputStream in = Files.newInputStream(target)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String fill(XSSFCell cell) {
        if (cell == null || cell.getCellStyle().getFillPattern() != FillPatternType.SOLID_FOREGROUND) {
            return null;
        }
        XSSFColor color = cell.getCellStyle().getFillForegroundColorColor();
        return color == null ? null : color.getARGBHex().substring(2);
    }

    private static List<String> texts(XSSFSheet sheet, int rowIndex) {
        return java.util.stream.StreamSupport.stream(sheet.getRow(rowIndex).spliterator(), false)
                .map(cell -> cell.getStringCellValue()).toList();
    }

    private static org.apache.poi.ss.usermodel.Row summaryRow(XSSFWorkbook workbook, String label) {
        XSSFSheet summary = workbook.getSheetAt(0);
        for (org.apache.poi.ss.usermodel.Row row : summary) {
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
