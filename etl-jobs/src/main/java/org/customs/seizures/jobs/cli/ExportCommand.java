package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import org.customs.seizures.jobs.export.ParquetExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./seizures export --parquet DIR}: the fact table, the public lines and the dimensions as
 * Hive-partitioned Parquet ({@code year=YYYY/month=M}), for Spark, Trino or DuckDB on other machines.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the fact table, v_seizure_lines and the dimensions as Parquet partitioned by year and month.")
public class ExportCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--parquet", required = true, paramLabel = "DIR",
            description = "The folder to write; each table goes to DIR/<table>/ and replaces its previous export.")
    Path parquet;

    @Override
    public Integer call() throws Exception {
        try (Connection connection = warehouse.existing().openReadOnly()) {
            for (ParquetExport.ExportedRows written : new ParquetExport(connection).writeInto(parquet)) {
                System.out.println(written.table().tableName() + ": " + written.rows() + " rows");
            }
        }
        System.out.println("Parquet export written to " + parquet.toAbsolutePath().normalize());
        return ExitCodes.SUCCESS;
    }
}
