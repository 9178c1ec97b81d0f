package org.customs.seizures.reports.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperationWorkbookTests {

    private static final String FORMULA_LIKE_NAME = "=HYPERLINK(\"http://example.invalid\",\"x\")";

    @TempDir
    Path folder;

    @Test
    void writesThePressReleaseSentenceAndEachCountrysRows() throws Exception {
        // given
        OperationResults results = new OperationResults(List.of(
                result("ALL", null, "ALL", "ALL", 1828, 545, 2550, 440, 2),
                result("ALL", null, "WILDLIFE", "IVORY", 1200, 545, 0, 440, 2),
                result("ALL", null, "TIMBER", "TIMBER", 628, 0, 2550, 0, 1),
                result("KEN", "Kenya", "ALL", "ALL", 1000, 545, 0, 440, 1),
                result("ZZZ", FORMULA_LIKE_NAME, "ALL", "ALL", 828, 0, 2550, 0, 1)), null);

        // when
        Path target = folder.resolve("operation.xlsx");
        new OperationWorkbook().write(results, "THUNDERBALL2019", target);

        // then
        try (InputStream in = Files.newInputStream(target); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet summary = workbook.getSheet(OperationWorkbook.SUMMARY);
            assertThat(summary.getRow(1).getCell(0).getStringCellValue()).isEqualTo(
                    "Operation Thunderball (4 June 2019 – 30 June 2019): 1,828 seizures reported by 2 countries;"
                            + " IVORY: 1,200 cases, 545 kg, 440 items; TIMBER: 628 cases, 2,550 m³.");
            Sheet byCountry = workbook.getSheet(OperationWorkbook.BY_COUNTRY);
            assertThat(byCountry.getPaneInformation().isFreezePane()).isTrue();
            Cell formulaLike = cellWithText(byCountry, FORMULA_LIKE_NAME);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    private static Cell cellWithText(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError("No cell reads " + text);
    }

    private static OperationResult result(String iso3, String name, String domain, String category, long cases,
            double kg, double m3, double items, long countries) {
        return new OperationResult("THUNDERBALL2019", "Operation Thunderball", iso3, name, domain, category, cases,
                cases, kg, m3, items, countries, LocalDate.of(2019, 6, 4), LocalDate.of(2019, 6, 30));
    }
}
