package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.customs.seizures.core.workbook.WorkbookReading.cell;
import static org.customs.seizures.core.workbook.WorkbookReading.rowsOf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWorkbookSourceTests {

    @TempDir
    Path dir;

    @Test
    void readsDateCellsInThe1900DateSystem() throws Exception {
        Path file = save(dateWorkbook(false), "dates-1900.xlsx");

        try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
            assertThat(source.uses1904Dates()).isFalse();
        }
        RawCell date = cell(rowsOf(file, "Seizures"), 1, 0);
        assertThat(date.kind()).isEqualTo(CellKind.DATE);
        assertThat(date.date()).isEqualTo(LocalDateTime.of(2019, 6, 4, 0, 0));
        assertThat(date.number()).isEqualTo(43620.0);
        assertThat(cell(rowsOf(file, "Seizures"), 1, 1).kind()).isEqualTo(CellKind.NUMBER);
    }

    @Test
    void readsDateCellsInThe1904DateSystem() throws Exception {
        Path file = save(dateWorkbook(true), "dates-1904.xlsx");

        try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
            assertThat(source.uses1904Dates()).isTrue();
        }
        RawCell date = cell(rowsOf(file, "Seizures"), 1, 0);
        assertThat(date.kind()).isEqualTo(CellKind.DATE);
        assertThat(date.date()).isEqualTo(LocalDateTime.of(2019, 6, 4, 0, 0));
        assertThat(date.number()).isEqualTo(43620.0 - 1462);
    }

    @Test
    void recognisesTheWordTrueAsThe1904Flag() throws Exception {
        Path file = new HandWrittenXlsx().date1904("true")
                .sheet("S", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42158</v></c></row>")
                .writeTo(dir.resolve("dates-1904-flag-true.xlsx"));

        RawCell date = cell(rowsOf(file, "S"), 1, 0);
        assertThat(date.date()).isEqualTo(LocalDateTime.of(2019, 6, 4, 0, 0));
    }

    @Test
    void keepsNonBreakingAndZeroWidthSpacesAsTyped() throws Exception {
        String typed = "\u00A0CASE-1\u200B ";
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue(typed);
            Path file = save(wb, "text-with-nbsp-and-zero-width-space.xlsx");

            RawCell text = cell(rowsOf(file, "S"), 1, 0);
            assertThat(text.kind()).isEqualTo(CellKind.TEXT);
            assertThat(text.text()).isEqualTo(typed);
        }
    }

    @Test
    void spreadsACaseReferenceMergedDownThreeRowsIntoRowsWithNoStoredCell() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("S");
            sheet.createRow(0).createCell(0).setCellValue("Case");
            XSSFRow first = sheet.createRow(1);
            first.createCell(0).setCellValue("CASE-7");
            first.createCell(1).setCellValue(12.5);
            sheet.addMergedRegion(CellRangeAddress.valueOf("A2:A4"));
            Path file = save(wb, "case-reference-merged-down-3-rows.xlsx");

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 2, 3, 4);
            assertThat(cell(rows, 2, 0)).extracting(RawCell::text, RawCell::merged).containsExactly("CASE-7", false);
            assertThat(cell(rows, 3, 0)).extracting(RawCell::text, RawCell::merged).containsExactly("CASE-7", true);
            assertThat(cell(rows, 4, 0)).extracting(RawCell::text, RawCell::merged).containsExactly("CASE-7", true);
            assertThat(rows.get(2).cells()).hasSize(1);
        }
    }

    @Test
    void spreadsAMergedValueAcrossColumnsOfItsRow() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>Ivory</t></is></c><c r=\"C3\" s=\"1\"/></row>",
                        "<mergeCells count=\"1\"><mergeCell ref=\"B3:D3\"/></mergeCells>")
                .writeTo(dir.resolve("commodity-merged-across-3-columns.xlsx"));

        List<RawRow> rows = rowsOf(file, "S");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row.cells())
                .extracting(RawCell::column, RawCell::text, RawCell::merged)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Ivory", false),
                        org.assertj.core.groups.Tuple.tuple(2, "Ivory", true),
                        org.assertj.core.groups.Tuple.tuple(3, "Ivory", true)));
    }

    @Test
    void readsAFormulasCachedValueAndFlagsIt() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(40);
            row.createCell(1).setCellFormula("A1*2");
            row.createCell(2).setCellFormula("\"kg\"");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = save(wb, "formula-with-cached-value.xlsx");

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(cell(rows, 1, 0).formula()).isFalse();
            assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::number, RawCell::formula)
                    .containsExactly(CellKind.NUMBER, 80.0, true);
            assertThat(cell(rows, 1, 2)).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                    .containsExactly(CellKind.TEXT, "kg", true);
        }
    }

    @Test
    void readsErrorCellsWithTheirCode() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellErrorValue(FormulaError.NA);
            row.createCell(1).setCellFormula("1/0");
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            Path file = save(wb, "error-cells-na-and-div0.xlsx");

            List<RawRow> rows = rowsOf(file, "S");

            assertThat(cell(rows, 1, 0)).extracting(RawCell::kind, RawCell::text).containsExactly(CellKind.ERROR, "#N/A");
            assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                    .containsExactly(CellKind.ERROR, "#DIV/0!", true);
        }
    }

    @Test
    void keepsTheFormulaTextWhenTheFileStoresNoCachedValueAndItCannotBeEvaluated() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row r=\"1\"><c r=\"A1\"><v>40</v></c><c r=\"B1\"><f>A2*2</f></c>"
                        + "<c r=\"C1\"><f>VLOOKUP(A1,Lists!A:B,2,FALSE)</f></c></row>")
                .writeTo(dir.resolve("formula-without-cached-value-on-another-row.xlsx"));

        List<RawRow> rows = rowsOf(file, "S");

        assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                .containsExactly(CellKind.FORMULA_WITHOUT_VALUE, "A2*2", true);
        assertThat(cell(rows, 1, 2)).extracting(RawCell::kind, RawCell::text)
                .containsExactly(CellKind.FORMULA_WITHOUT_VALUE, "VLOOKUP(A1,Lists!A:B,2,FALSE)");
    }

    @Test
    void evaluatesASimpleFormulaOverItsOwnRowWhenTheFileStoresNoCachedValue() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row r=\"1\"><c r=\"A1\"><v>40</v></c><c r=\"B1\"><f>A1*2</f></c>"
                        + "<c r=\"C1\" t=\"str\"><f>12+3</f></c><c r=\"D1\"><f>SUM(A1:C1)</f></c>"
                        + "<c r=\"E1\"><f>A1/(B1-80)</f></c></row>")
                .writeTo(dir.resolve("formulas-without-cached-values-over-their-row.xlsx"));

        List<RawRow> rows = rowsOf(file, "S");

        assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::number, RawCell::formula)
                .containsExactly(CellKind.NUMBER, 80.0, true);
        assertThat(cell(rows, 1, 2)).extracting(RawCell::kind, RawCell::number).containsExactly(CellKind.NUMBER, 15.0);
        assertThat(cell(rows, 1, 3)).extracting(RawCell::kind, RawCell::number).containsExactly(CellKind.NUMBER, 135.0);
        assertThat(cell(rows, 1, 4)).extracting(RawCell::kind, RawCell::text).containsExactly(CellKind.ERROR, "#DIV/0!");
    }

    @Test
    void emitsNoneOfTenThousandFormattedButEmptyRowsAfterTheData() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("S");
            CellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor((short) 13);
            yellow.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            sheet.createRow(0).createCell(0).setCellValue("Case");
            sheet.createRow(1).createCell(0).setCellValue("CASE-1");
            for (int r = 2; r < 10_002; r++) {
                XSSFRow row = sheet.createRow(r);
                row.setRowStyle(yellow);
                for (int c = 0; c < 5; c++) {
                    row.createCell(c).setCellStyle(yellow);
                }
            }
            Path file = save(wb, "10000-formatted-empty-rows-after-data.xlsx");

            assertThat(rowsOf(file, "S")).extracting(RawRow::rowNumber).containsExactly(1, 2);
        }
    }

    @Test
    void readsSharedStrings() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFRow row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("Pangolin scales");
            row.createCell(1).setCellValue("Pangolin scales");
            Path file = save(wb, "shared-strings.xlsx");

            assertThat(rowsOf(file, "S").get(0).cells()).extracting(RawCell::text)
                    .containsExactly("Pangolin scales", "Pangolin scales");
        }
    }

    @Test
    void readsInlineStringsWrittenByAStreamingWriter() throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("Rhino horn");
            Path file = save(wb, "inline-strings.xlsx");

            assertThat(cell(rowsOf(file, "S"), 1, 0).text()).isEqualTo("Rhino horn");
            wb.dispose();
        }
    }

    @Test
    void concatenatesRichTextRunsOfAnInlineStringAndLeavesOutPhoneticHints() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><r><t>Ivory </t></r><r><rPr><b/></rPr>"
                        + "<t>tusks</t></r><rPh sb=\"0\" eb=\"1\"><t>HINT</t></rPh></is></c></row>")
                .writeTo(dir.resolve("inline-rich-text-runs.xlsx"));

        assertThat(cell(rowsOf(file, "S"), 1, 0).text()).isEqualTo("Ivory tusks");
    }

    @Test
    void readsBooleansAndFormulaStrings() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row r=\"1\"><c r=\"A1\" t=\"b\"><v>1</v></c><c r=\"B1\" t=\"str\"><f>\"a\"&amp;\"b\"</f><v>ab</v></c></row>")
                .writeTo(dir.resolve("boolean-and-formula-string.xlsx"));

        List<RawRow> rows = rowsOf(file, "S");

        assertThat(cell(rows, 1, 0)).extracting(RawCell::kind, RawCell::text).containsExactly(CellKind.BOOLEAN, "TRUE");
        assertThat(cell(rows, 1, 1)).extracting(RawCell::kind, RawCell::text, RawCell::formula)
                .containsExactly(CellKind.TEXT, "ab", true);
    }

    @Test
    void countsRowsAndCellsThatCarryNoReference() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("S", "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c><v>2</v></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>3</v></c><c><v>4</v></c></row><row><c><v>6</v></c></row>")
                .writeTo(dir.resolve("rows-and-cells-without-r.xlsx"));

        List<RawRow> rows = rowsOf(file, "S");

        assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1, 5, 6);
        assertThat(cell(rows, 1, 1).number()).isEqualTo(2.0);
        assertThat(cell(rows, 5, 3).number()).isEqualTo(4.0);
        assertThat(cell(rows, 6, 0).number()).isEqualTo(6.0);
    }

    @Test
    void flagsHiddenSheetsAndLeavesOutChartSheets() throws Exception {
        Path file = new HandWrittenXlsx()
                .sheet("Seizures", "")
                .hiddenSheet("Lists", "hidden", "")
                .chartSheet("Chart")
                .hiddenSheet("Macros", "veryHidden", "")
                .writeTo(dir.resolve("hidden-and-chart-sheets.xlsx"));

        try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
            assertThat(source.sheets()).containsExactly(new SheetRef(0, "Seizures", false),
                    new SheetRef(1, "Lists", true), new SheetRef(3, "Macros", true));
        }
    }

    @Test
    void letsTheCallersOwnExceptionThroughUnchanged() throws Exception {
        Path file = new HandWrittenXlsx().sheet("S", "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>")
                .writeTo(dir.resolve("one-number.xlsx"));
        IllegalStateException callers = new IllegalStateException("caller stopped");

        assertThatThrownBy(() -> {
            try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
                source.readRows(source.sheets().get(0), row -> {
                    throw callers;
                });
            }
        }).isSameAs(callers);
    }

    private XSSFWorkbook dateWorkbook(boolean date1904) {
        XSSFWorkbook wb = new XSSFWorkbook();
        if (date1904) {
            var ct = wb.getCTWorkbook();
            (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        }
        CellStyle dateStyle = wb.createCellStyle();
        dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        XSSFRow row = wb.createSheet("Seizures").createRow(0);
        XSSFCell date = row.createCell(0);
        date.setCellValue(LocalDate.of(2019, 6, 4));
        date.setCellStyle(dateStyle);
        row.createCell(1).setCellValue(43620);
        return wb;
    }

    private Path save(Workbook wb, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }
}
