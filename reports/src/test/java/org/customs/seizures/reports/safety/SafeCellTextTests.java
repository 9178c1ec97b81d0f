package org.customs.seizures.reports.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeCellTextTests {

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+33 1 23", "-2", "@SUM(A1)", "\tcmd", "\rcmd", "＝1+2"})
    void takesTextStartingLikeAFormulaForAFormula(String text) {
        assertThat(SafeCellText.isFormulaLike(text)).isTrue();
        assertThat(SafeCellText.forCsv(text)).isEqualTo("'" + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kenya", "IVORY", " =1+2", "1-2", "a=b", "'=1", "Côte d'Ivoire"})
    void leavesOtherTextAsItIs(String text) {
        assertThat(SafeCellText.isFormulaLike(text)).isFalse();
        assertThat(SafeCellText.forCsv(text)).isEqualTo(text);
    }

    @Test
    void leavesNothingForNothing() {
        assertThat(SafeCellText.isFormulaLike(null)).isFalse();
        assertThat(SafeCellText.isFormulaLike("")).isFalse();
        assertThat(SafeCellText.forCsv(null)).isNull();
        assertThat(SafeCellText.forCsv("")).isEmpty();
    }

    @Test
    void writesFormulaLikeTextAsAQuotePrefixedStringThatSurvivesSaving() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont(workbook));
            Row row = workbook.createSheet("Feedback").createRow(0);
            Cell cell = row.createCell(0);
            cell.setCellStyle(bold);

            new SafeCellText(workbook).write(cell, "=HYPERLINK(\"http://example.invalid\")");

            try (XSSFWorkbook reread = saved(workbook)) {
                Cell read = reread.getSheet("Feedback").getRow(0).getCell(0);
                assertThat(read.getCellType()).isEqualTo(CellType.STRING);
                assertThat(read.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.invalid\")");
                assertThat(read.getCellStyle().getQuotePrefixed()).isTrue();
                assertThat(reread.getFontAt(read.getCellStyle().getFontIndex()).getBold()).isTrue();
            }
        }
    }

    @Test
    void leavesTheStyleOfOrdinaryTextAlone() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle plain = workbook.createCellStyle();
            Cell cell = workbook.createSheet("s").createRow(0).createCell(0);
            cell.setCellStyle(plain);

            new SafeCellText(workbook).write(cell, "Kenya");

            assertThat(cell.getCellStyle().getIndex()).isEqualTo(plain.getIndex());
            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(cell.getStringCellValue()).isEqualTo("Kenya");
        }
    }

    @Test
    void sharesOneQuotePrefixedStyleBetweenCellsOfTheSameStyle() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Row row = workbook.createSheet("s").createRow(0);
            SafeCellText safeText = new SafeCellText(workbook);
            int stylesBefore = workbook.getNumCellStyles();

            safeText.write(row.createCell(0), "=1");
            safeText.write(row.createCell(1), "-2");

            assertThat(workbook.getNumCellStyles()).isEqualTo(stylesBefore + 1);
            assertThat(row.getCell(0).getCellStyle().getIndex()).isEqualTo(row.getCell(1).getCellStyle().getIndex());
        }
    }

    @Test
    void leavesTheCellBlankForNoText() throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Cell cell = workbook.createSheet("s").createRow(0).createCell(0);

            new SafeCellText(workbook).write(cell, null);

            assertThat(cell.getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    private static org.apache.poi.ss.usermodel.Font boldFont(Workbook workbook) {
        org.apache.poi.ss.usermodel.Font font = workbook.createFont();
        font.setBold(true);
        return font;
    }

    private static XSSFWorkbook saved(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        workbook.write(bytes);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
