package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import org.customs.seizures.jobs.operations.publish.PublishedCopy;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import picocli.CommandLine.Option;

/**
 * {@code --warehouse FILE}, shared by every command. Writers ({@code nightly}, {@code ingest}) work
 * on the working file; readers ({@code sql}, {@code stats}) read its published copy unless a file
 * is named, so that they never wait for a run and a run never waits for them.
 */
class WarehouseOption {

    private static final String DEFAULT = "data/warehouse.duckdb";

    @Option(names = "--warehouse", paramLabel = "FILE",
            description = "The DuckDB warehouse file (default: $SEIZURES_WAREHOUSE or " + DEFAULT
                    + "; sql and stats read its published copy, e.g. data/warehouse-published.duckdb).")
    Path warehouse;

    /** The working file: the one named, or the default one. */
    WarehouseFile file() {
        String configured = System.getenv("SEIZURES_WAREHOUSE");
        return new WarehouseFile(warehouse != null ? warehouse
                : Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT));
    }

    /** The published copy of the working file, which a run replaces when it succeeds. */
    WarehouseFile published() {
        return PublishedCopy.of(file().path()).file();
    }

    /**
     * The warehouse for a reader: the file named with {@code --warehouse}, else the published copy
     * of the working file (the working file itself only while nothing was ever published). It must exist.
     */
    WarehouseFile existing() {
        WarehouseFile file = file();
        if (warehouse == null) {
            WarehouseFile published = PublishedCopy.of(file.path()).file();
            if (published.exists() || !file.exists()) {
                file = published;
            }
        }
        if (!file.exists()) {
            throw new ExitCodes.UsageException("There is no warehouse at " + file.path()
                    + ": run ./seizures ingest (or nightly) first, or name one with --warehouse.");
        }
        return file;
    }
}
