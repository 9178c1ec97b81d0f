package org.customs.seizures.jobs;

import java.nio.file.Path;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The settings of a writing run ({@code seizures.*} in {@code application.yml}, or environment
 * variables such as {@code SEIZURES_MAX_FILE_SIZE}). The inbox and output folders are command-line
 * options ({@code --inbox}, {@code --out}, or {@code SEIZURES_INBOX}, {@code SEIZURES_OUT}); the
 * command line passes the warehouse it opened.
 *
 * @param warehouse    the DuckDB warehouse file
 * @param maxFileSize  larger files are rejected without being opened
 * @param maxSheetSize a sheet whose XML would expand beyond this is refused (a zip-bomb guard beside the
 *                     inflate ratio; streamed, so it costs no memory)
 */
@ConfigurationProperties("seizures")
public record SeizuresSettings(Path warehouse, DataSize maxFileSize, DataSize maxSheetSize) {

    public SeizuresSettings {
        warehouse = warehouse == null ? Path.of("data/warehouse.duckdb") : warehouse;
        WorkbookLimits defaults = WorkbookLimits.defaults();
        maxFileSize = maxFileSize == null ? DataSize.ofBytes(defaults.maxFileBytes()) : maxFileSize;
        maxSheetSize = maxSheetSize == null ? DataSize.ofBytes(defaults.maxEntryBytes()) : maxSheetSize;
    }

    public WorkbookLimits workbookLimits() {
        return WorkbookLimits.defaults().withSizes(maxFileSize.toBytes(), maxSheetSize.toBytes());
    }
}
