package org.customs.seizures.benchmarks;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What a first attempt looks like: the whole workbook in memory with POI's usermodel
 * ({@code XSSFWorkbook}), each cell formatted to text, inserted into DuckDB with
 * {@code PreparedStatement.addBatch}; no validation at all.
 */
final class NaiveBaseline {

    private static final int COLUMNS = 16;

    private NaiveBaseline() {
    }

    static long load(Path file) throws Exception {
        long rows = 0;
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile());
             Connection duckdb = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement ddl = duckdb.createStatement()) {
                ddl.execute(SqlText.load("naive_lines.sql"));
            }
            duckdb.setAutoCommit(false);
            try (PreparedStatement insert = duckdb.prepareStatement(SqlText.load("naive_insert.sql"))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        insert.setString(1, sheet.getSheetName());
                        insert.setInt(2, row.getRowNum() + 1);
                        for (int c = 0; c < COLUMNS; c++) {
                            Cell cell = row.getCell(c);
                            insert.setString(3 + c, cell == null ? null : formatter.formatCellValue(cell));
                        }
                        insert.addBatch();
                        if (++rows % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                }
                insert.executeBatch();
            }
            duckdb.commit();
        }
        return rows;
    }
}
