package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import picocli.CommandLine.Option;

/** {@code --warehouse FILE}, shared by every command. */
class WarehouseOption {

    @Option(names = "--warehouse", paramLabel = "FILE",
            defaultValue = "${env:SEIZURES_WAREHOUSE:-data/warehouse.duckdb}",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    WarehouseFile file() {
        return new WarehouseFile(warehouse);
    }

    /** The warehouse for a reader: it must exist already. */
    WarehouseFile existing() {
        WarehouseFile file = file();
        if (!file.exists()) {
            throw new ExitCodes.UsageException("There is no warehouse at " + file.path()
                    + ": run ./seizures ingest (or nightly) first, or name one with --warehouse.");
        }
        return file;
    }
}
