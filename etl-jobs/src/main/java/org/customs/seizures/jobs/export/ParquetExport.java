package org.customs.seizures.jobs.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.customs.seizures.reports.safety.FileTree;
import org.customs.seizures.reports.safety.ProcessTemporary;

/**
 * Writes the warehouse's fact table, public lines and dimensions as Parquet with DuckDB's
 * {@code COPY ... (FORMAT parquet, PARTITION_BY (year, month))}, readable by Spark, Trino and DuckDB.
 *
 * <p>Each table is written first into a hidden staging folder beside the export, then moved into
 * place, replacing the table's previous export: a reader never sees a half-written table, and a
 * failed export leaves the previous one as it was; the staging folder of an export that was killed is removed by
 * the next export into the same folder.
 */
public final class ParquetExport {

    /** {@code .tables.exporting-<pid>.<n>}: the staging folder of an export under way in process {@code pid}. */
    private static final ProcessTemporary EXPORTING = new ProcessTemporary("exporting");

    private final Connection warehouse;

    public ParquetExport(Connection warehouse) {
        this.warehouse = warehouse;
    }

    /** Exports every table into {@code folder} ({@code folder/<table>/...}); returns the rows written per table. */
    public List<ExportedRows> writeInto(Path folder) throws SQLException, IOException {
        Files.createDirectories(folder);
        EXPORTING.sweep(folder, 1); // the staging folders of exports that were killed
        Path staging = Files.createDirectory(EXPORTING.of(folder.resolve("tables")));
        try {
            List<ExportedRows> written = new ArrayList<>();
            for (ExportedTable table : ExportedTable.all()) {
                written.add(new ExportedRows(table, copy(table, staging)));
            }
            for (ExportedTable table : ExportedTable.all()) {
                replace(staging.resolve(table.tableName()), folder.resolve(table.tableName()));
            }
            return written;
        } finally {
            FileTree.delete(staging);
        }
    }

    private long copy(ExportedTable table, Path staging) throws SQLException, IOException {
        Path tableFolder = staging.resolve(table.tableName());
        if (!table.partitioned()) {
            Files.createDirectories(tableFolder);
        }
        String sql = SqlFile.load(table.sqlFile()).replace("{target}", literal(table.copyTarget(tableFolder)));
        try (Statement statement = warehouse.createStatement()) {
            statement.execute(sql);
            return Math.max(0, statement.getUpdateCount());
        }
    }

    private static void replace(Path fresh, Path target) throws IOException {
        if (!Files.exists(fresh)) {
            Files.createDirectories(fresh);   // a partitioned table without rows writes no folder
        }
        FileTree.delete(target);
        Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /** A path as an SQL string literal. */
    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** How many rows of one table the export holds. */
    public record ExportedRows(ExportedTable table, long rows) {
    }
}
