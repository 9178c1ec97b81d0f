package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.customs.seizures.core.workbook.WorkbookReading.cell;
import static org.customs.seizures.core.workbook.WorkbookReading.rowsOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsWorkbookSourceTests {

    @TempDir
    Path dir;

    @Test
    void readsMergedCellsAndDatesOfABiff8Workbook() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet sheet = wb.createSheet("Seizures");
            sheet.createRow(0).createCell(0).setCellValue("Case");
            HSSFRow first = sheet.createRow(1);
            first.createCell(0).setCellValue("CASE-9");
            HSSFCell date = first.createCell(1);
            date.setCellValue(LocalDate.of(2019, 6, 4));
            date.setCellStyle(dateStyle(wb));
            first.createCell(2).setCellValue(3.5);
            sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
            Path file = save(wb, "merged-case-and-dates.xls");

            List<RawRow> rows = rowsOf(file, "Seizures");

            assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4);
            assertThat(cell(rows, 2, 1)).extracting(RawCell::kind, RawCell::date)
                    .containsExactly(CellKind.DATE, LocalDateTime.of(2019, 6, 4, 0, 0));
            assertThat(cell(rows, 2, 2)).extracting(RawCell::kind, RawCell::number).containsExactly(CellKind.NUMBER, 3.5);
            assertThat(cell(rows, 4, 0)).extracting(RawCell::text, RawCell::merged).containsExactly("CASE-9", true);
            assertThat(cell(rows, 2, 0).merged()).isFalse();
        }
    }

    @Test
    void readsDatesOfAWorkbookInThe1904DateSystem() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            DateWindow1904Record window = (DateWindow1904Record) wb.getInternalWorkbook()
                    .findFirstRecordBySid(DateWindow1904Record.sid);
            window.setWindowing((short) 1);
            HSSFCell date = wb.createSheet("S").createRow(0).createCell(0);
            date.setCellValue(43620.0 - 1462);   // 2019-06-04 counted from 1904
            date.setCellStyle(dateStyle(wb));
            Path file = save(wb, "dates-1904.xls");

            try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
                assertThat(source.uses1904Dates()).isTrue();
            }
            assertThat(cell(rowsOf(file, "S"), 1, 0).date()).isEqualTo(LocalDateTime.of(2019, 6, 4, 0, 0));
        }
    }

    @Test
    void readsCachedFormulaResultsAndErrorCodes() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFRow row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("NA()");
            row.createCell(3).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = save(wb, "formulas-with-cached-values-and-errors.xls");

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::number, RawCell::formula)
                    .containsExactly(CellKind.NUMBER, 42.0, true);
            assertThat(cell(rows, 1, 2)).extracting(RawCell::kind, RawCell::text).containsExactly(CellKind.ERROR, "#N/A");
            assertThat(cell(rows, 1, 3)).extracting(RawCell::kind, RawCell::text).containsExactly(CellKind.ERROR, "#DIV/0!");
        }
    }

    @Test
    void evaluatesFormulasSavedWithoutAComputedResult() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("Lists").createRow(0).createCell(0).setCellValue(1000);
            HSSFRow row = wb.getSheet("Lists").getWorkbook().createSheet("S").createRow(0);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("A1*Lists!A1");
            row.createCell(3).setCellFormula("A1-21");
            HSSFCell date = row.createCell(4);
            date.setCellFormula("DATE(2019,6,4)");
            date.setCellStyle(dateStyle(wb));
            Path file = save(wb, "formulas-saved-without-computed-results.xls"); // POI stores 0, flagged calc-on-load

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::number, RawCell::formula)
                    .containsExactly(CellKind.NUMBER, 42.0, true);
            assertThat(cell(rows, 1, 2).number()).isEqualTo(21_000.0);
            assertThat(cell(rows, 1, 3)).extracting(RawCell::kind, RawCell::number).containsExactly(CellKind.NUMBER, 0.0);
            assertThat(cell(rows, 1, 4)).extracting(RawCell::kind, RawCell::date)
                    .containsExactly(CellKind.DATE, LocalDateTime.of(2019, 6, 4, 0, 0));
        }
    }

    @Test
    void keepsAFormulaItCannotEvaluateAsAFormulaWithoutValue() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFRow row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(21);
            row.createCell(1).setCellFormula("CELL(\"width\",A1)");
            Path file = save(wb, "formula-without-computed-result-poi-cannot-evaluate.xls");

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                    .containsExactly(CellKind.FORMULA_WITHOUT_VALUE, "CELL(\"width\",A1)", true);
        }
    }

    @Test
    void skipsStyledEmptyRowsAndFlagsHiddenSheets() throws Exception {
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            HSSFSheet sheet = wb.createSheet("Seizures");
            sheet.createRow(0).createCell(0).setCellValue("Case");
            CellStyle bold = wb.createCellStyle();
            for (int r = 1; r < 500; r++) {
                sheet.createRow(r).createCell(0).setCellStyle(bold);
            }
            wb.createSheet("Lists");
            wb.setSheetHidden(1, true);
            Path file = save(wb, "styled-empty-rows-and-hidden-sheet.xls");

            assertThat(rowsOf(file, "Seizures")).extracting(RawRow::rowNumber).containsExactly(1);
            try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
                assertThat(source.sheets()).containsExactly(new SheetRef(0, "Seizures", false), new SheetRef(1, "Lists", true));
            }
        }
    }

    private static CellStyle dateStyle(HSSFWorkbook wb) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }

    private Path save(HSSFWorkbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
