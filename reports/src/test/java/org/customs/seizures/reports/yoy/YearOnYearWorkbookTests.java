package org.customs.seizures.reports.yoy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YearOnYearWorkbookTests {

    @TempDir
    Path folder;

    private YoyWarehouse warehouse;

    @BeforeEach
    void given() throws Exception {
        warehouse = YoyWarehouse.create(folder);
        JuneOf2019.insertInto(warehouse);
    }

    @AfterEach
    void closeWarehouse() throws Exception {
        warehouse.close();
    }

    @Test
    void writesTheFourSheetsWithTheMonthInTheTitle() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            assertThat(Stream.of(0, 1, 2, 3).map(workbook::getSheetName))
                    .containsExactly("Summary", "By domain", "By category", "By country");
            assertThat(text(workbook.getSheet("Summary"), 0, 0)).isEqualTo("Seizure statistics — June 2019");
        }
    }

    @Test
    void summaryComparesTheMonthAndTheYearToDateWithAYearEarlier() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Sheet summary = workbook.getSheet("Summary");
            Row header = summary.getRow(SummarySheet.HEADER_ROW);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("June 2019");
            assertThat(header.getCell(2).getStringCellValue()).isEqualTo("June 2018");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("Jan–Jun 2019");

            Row cases = labelled(summary, "Cases");
            assertThat(numbers(cases, 1, 7)).containsExactly(12.0, 10.0, 20.0, 50.0, 40.0, 25.0);
            assertThat(cases.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(cases.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0\"%\"");

            Row volume = labelled(summary, "Volume (m³)");
            assertThat(volume.getCell(1).getNumericCellValue()).isEqualTo(2.25);
            assertThat(volume.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(volume.getCell(3).getNumericCellValue()).isEqualTo(-25.0);

            Row tonnes = labelled(summary, "Mass (tonnes)");
            assertThat(tonnes.getCell(1).getNumericCellValue()).isEqualTo(1.5005);
            assertThat(tonnes.getCell(4).getNumericCellValue()).isEqualTo(4.0);

            Row countries = labelled(summary, "Reporting countries");
            assertThat(numbers(countries, 1, 3)).containsExactly(3.0, 2.0);
        }
    }

    @Test
    void showsAPercentageAgainstAZeroBaselineAsNotAvailableNotZero() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Cell change = labelled(workbook.getSheet("Summary"), "Mass (kg)").getCell(3);

            assertThat(change.getCellType()).isEqualTo(CellType.STRING);
            assertThat(change.getStringCellValue()).isEqualTo("n/a");
        }
    }

    @Test
    void saysInPlainWordsWhenDifferentCountriesReported() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Row comparability = labelled(workbook.getSheet("Summary"), "Comparability");

            assertThat(comparability.getCell(1).getStringCellValue())
                    .isEqualTo("not comparable: different countries reported");
        }
    }

    @Test
    void everySheetCarriesTheNoteOnCategoriesAndMeasures() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            for (Sheet sheet : workbook) {
                assertThat(texts(sheet)).as(sheet.getSheetName())
                        .anyMatch(text -> text.startsWith("A case with lines in several categories counts once in each category")
                                && text.contains("never added to one another"));
            }
        }
    }

    @Test
    void tablesHaveFrozenHeadersAnAutofilterAndOneRowPerTableRow() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            assertTable(workbook.getSheet("By domain"), 1, 2);
            assertTable(workbook.getSheet("By category"), 2, 3);
            assertTable(workbook.getSheet("By country"), 3, 4);

            PaneInformation summaryPane = workbook.getSheet("Summary").getPaneInformation();
            assertThat(summaryPane.isFreezePane()).isTrue();
            assertThat((int) summaryPane.getHorizontalSplitTopRow()).isEqualTo(SummarySheet.HEADER_ROW + 1);
        }
    }

    @Test
    void byCategoryListsEachDomainAndCategoryWithItsFigures() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Sheet sheet = workbook.getSheet("By category");
            Row header = sheet.getRow(ComparisonTableSheet.HEADING_ROW);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("Domain");
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("Category");
            assertThat(sheet.getRow(ComparisonTableSheet.GROUP_ROW).getCell(2).getStringCellValue()).isEqualTo("Cases");

            Row ivory = sheet.getRow(ComparisonTableSheet.FIRST_DATA_ROW + 2);
            assertThat(text(sheet, ivory.getRowNum(), 1)).isEqualTo("IVORY");
            assertThat(numbers(ivory, 2, 8)).containsExactly(5.0, 2.0, 150.0, 12.0, 10.0, 20.0);
            int massColumn = 2 + ComparisonHeadings.WIDTH * Measure.MASS_KG.ordinal();
            assertThat(ivory.getCell(massColumn).getNumericCellValue()).isEqualTo(300.0);
            assertThat(ivory.getCell(massColumn).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(ivory.getCell(massColumn + 2).getStringCellValue()).isEqualTo("n/a");
        }
    }

    @Test
    void byCountryNamesEachCountryAndItsDomains() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Sheet sheet = workbook.getSheet("By country");
            List<String> countries = new ArrayList<>();
            for (int i = ComparisonTableSheet.FIRST_DATA_ROW; i <= sheet.getLastRowNum(); i++) {
                countries.add(text(sheet, i, 0) + " " + text(sheet, i, 1) + " " + text(sheet, i, 2));
            }
            assertThat(countries).containsExactly(
                    "CIV Côte d'Ivoire All domains",
                    "KEN Kenya All domains",
                    "KEN Kenya WILDLIFE",
                    "ZZZ " + JuneOf2019.FORMULA_LIKE_NAME + " All domains");
        }
    }

    @Test
    void writesFormulaLikeTextAsAQuotePrefixedString() throws IOException {
        try (XSSFWorkbook workbook = written(JuneOf2019.MONTH)) {
            Sheet sheet = workbook.getSheet("By country");
            Cell name = sheet.getRow(ComparisonTableSheet.FIRST_DATA_ROW + 3).getCell(1);

            assertThat(name.getCellType()).isEqualTo(CellType.STRING);
            assertThat(name.getStringCellValue()).isEqualTo(JuneOf2019.FORMULA_LIKE_NAME);
            assertThat(name.getCellStyle().getQuotePrefixed()).isTrue();
            Cell kenya = sheet.getRow(ComparisonTableSheet.FIRST_DATA_ROW + 1).getCell(1);
            assertThat(kenya.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @Test
    void writesAWorkbookThatSaysSoForAMonthWithoutData() throws IOException {
        try (XSSFWorkbook workbook = written(YearMonth.of(2021, 3))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(7);
            Sheet summary = workbook.getSheet("Summary");
            assertThat(text(summary, 0, 0)).isEqualTo("Seizure statistics — March 2021");
            assertThat(texts(summary)).contains(
                    "No data for March 2021: the warehouse has no statistics for this month.");
            Sheet byDomain = workbook.getSheet("By domain");
            assertThat(text(byDomain, ComparisonTableSheet.FIRST_DATA_ROW, 0)).startsWith("No data for March 2021");
            assertThat(byDomain.getPaneInformation().isFreezePane()).isTrue();
        }
    }

    @Test
    void replacesAnEarlierFileAndLeavesNoTemporaryFileBehind() throws IOException {
        Path target = folder.resolve("out").resolve("statistics-2019-06.xlsx");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "an older export");

        new YearOnYearWorkbook().write(MonthlyStatistics.read(warehouse.connection(), JuneOf2019.MONTH), target);

        try (Stream<Path> files = Files.list(target.getParent()); XSSFWorkbook workbook = opened(target)) {
            assertThat(files).containsExactly(target);
            assertThat(workbook.getSheet("Summary")).isNotNull();
        }
    }

    @Test
    void namesTheFileItCouldNotWrite() throws IOException {
        Path blocked = folder.resolve("a-file");
        Files.writeString(blocked, "not a folder");
        Path target = blocked.resolve("statistics.xlsx");
        MonthlyStatistics stats = MonthlyStatistics.read(warehouse.connection(), JuneOf2019.MONTH);

        assertThatThrownBy(() -> new YearOnYearWorkbook().write(stats, target))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(target.toString());
    }

    private XSSFWorkbook written(YearMonth month) throws IOException {
        Path target = folder.resolve("statistics.xlsx");
        new YearOnYearWorkbook().write(MonthlyStatistics.read(warehouse.connection(), month), target);
        return opened(target);
    }

    private static XSSFWorkbook opened(Path file) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static void assertTable(Sheet sheet, int keyColumns, int rows) {
        PaneInformation pane = sheet.getPaneInformation();
        assertThat(pane.isFreezePane()).as(sheet.getSheetName()).isTrue();
        assertThat((int) pane.getHorizontalSplitTopRow()).isEqualTo(ComparisonTableSheet.FIRST_DATA_ROW);
        assertThat((int) pane.getVerticalSplitLeftColumn()).isEqualTo(keyColumns);
        int lastRow = ComparisonTableSheet.FIRST_DATA_ROW + rows - 1;
        assertThat(sheet.getLastRowNum()).as(sheet.getSheetName()).isEqualTo(lastRow);
        String filter = ((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef();
        int lastColumn = keyColumns + ComparisonHeadings.WIDTH * Measure.values().length + 2;
        String expected = "A" + (ComparisonTableSheet.HEADING_ROW + 1) + ":"
                + org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn) + (lastRow + 1);
        assertThat(filter).as(sheet.getSheetName()).isEqualTo(expected);
        assertThat(sheet.getColumnWidth(keyColumns)).isGreaterThan(sheet.getDefaultColumnWidth() * 256);
    }

    private static Row labelled(Sheet sheet, String label) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(label)) {
                return row;
            }
        }
        throw new AssertionError("No row labelled '" + label + "' in sheet " + sheet.getSheetName());
    }

    private static List<Double> numbers(Row row, int from, int to) {
        List<Double> values = new ArrayList<>();
        for (int column = from; column < to; column++) {
            values.add(row.getCell(column).getNumericCellValue());
        }
        return values;
    }

    private static String text(Sheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
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
