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
 * @param ingestThreads how many partitions of the inbox load at the same time (1 to {@value #MAX_INGEST_THREADS};
 *                     default: the number of processors, at most {@value #DEFAULT_MAX_INGEST_THREADS})
 * @param returnsPerTransaction how many returns of a partition commit together at most (default
 *                     {@value #DEFAULT_RETURNS_PER_TRANSACTION}): it saves the commit and the step's bookkeeping
 *                     of each small return; a failure takes back, and the restart loads again, all the returns of
 *                     its transaction
 * @param transactionSize the returns of a transaction stop before their files reach this size together (default
 *                     4MB): a bigger return is a transaction of its own
 * @param readAheadSize returns from this size (default 256KB, some 5,000 lines) are read and validated on a second
 *                     thread while the chunk's thread writes their lines: two processors on one big return
 */
@ConfigurationProperties("seizures")
public record SeizuresSettings(Path warehouse, DataSize maxFileSize, DataSize maxSheetSize, Integer ingestThreads,
                               Integer returnsPerTransaction, DataSize transactionSize,
                               DataSize readAheadSize) {

    static final int DEFAULT_RETURNS_PER_TRANSACTION = 8;

    public static final int MAX_INGEST_THREADS = 8;
    static final int DEFAULT_MAX_INGEST_THREADS = 2;

    public SeizuresSettings {
        warehouse = warehouse == null ? Path.of("data/warehouse.duckdb") : warehouse;
        WorkbookLimits defaults = WorkbookLimits.defaults();
        maxFileSize = maxFileSize == null ? DataSize.ofBytes(defaults.maxFileBytes()) : maxFileSize;
        maxSheetSize = maxSheetSize == null ? DataSize.ofBytes(defaults.maxEntryBytes()) : maxSheetSize;
        ingestThreads = ingestThreads == null
                ? Math.min(Runtime.getRuntime().availableProcessors(), DEFAULT_MAX_INGEST_THREADS)
                : ingestThreads;
        returnsPerTransaction = returnsPerTransaction == null ? DEFAULT_RETURNS_PER_TRANSACTION : returnsPerTransaction;
        transactionSize = transactionSize == null ? DataSize.ofMegabytes(4) : transactionSize;
        readAheadSize = readAheadSize == null ? DataSize.ofKilobytes(256) : readAheadSize;
        if (returnsPerTransaction < 1) {
            throw new IllegalArgumentException("seizures.returns-per-transaction must be at least 1, not "
                    + returnsPerTransaction);
        }
        if (ingestThreads < 1 || ingestThreads > MAX_INGEST_THREADS) {
            throw new IllegalArgumentException("seizures.ingest-threads must be between 1 and " + MAX_INGEST_THREADS
                    + ", not " + ingestThreads);
        }
    }

    public WorkbookLimits workbookLimits() {
        return WorkbookLimits.defaults().withSizes(maxFileSize.toBytes(), maxSheetSize.toBytes());
    }
}
