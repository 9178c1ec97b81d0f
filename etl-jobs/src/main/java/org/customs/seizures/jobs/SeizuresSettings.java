package org.customs.seizures.jobs;

import java.nio.file.Path;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The application's settings ({@code seizures.*} in {@code application.yml}, or environment
 * variables such as {@code SEIZURES_MAX_FILE_SIZE}); command-line options override the paths.
 *
 * @param inbox        folder of received returns
 * @param warehouse    the DuckDB warehouse file
 * @param out          folder for statistics and feedback workbooks
 * @param maxFileSize  larger files are rejected without being opened
 * @param maxSheetSize a sheet whose XML would expand beyond this is refused (a zip-bomb guard beside the
 *                     inflate ratio; streamed, so it costs no memory)
 */
@ConfigurationProperties("seizures")
public record SeizuresSettings(Path inbox, Path warehouse, Path out, DataSize maxFileSize, DataSize maxSheetSize) {

    public SeizuresSettings {
        inbox = inbox == null ? Path.of("data/inbox") : inbox;
        warehouse = warehouse == null ? Path.of("data/warehouse.duckdb") : warehouse;
        out = out == null ? Path.of("data/out") : out;
        WorkbookLimits defaults = WorkbookLimits.defaults();
        maxFileSize = maxFileSize == null ? DataSize.ofBytes(defaults.maxFileBytes()) : maxFileSize;
        maxSheetSize = maxSheetSize == null ? DataSize.ofBytes(defaults.maxEntryBytes()) : maxSheetSize;
    }

    public WorkbookLimits workbookLimits() {
        return WorkbookLimits.defaults().withSizes(maxFileSize.toBytes(), maxSheetSize.toBytes());
    }
}
