package org.customs.seizures.jobs.operations.history;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;
import org.customs.seizures.jobs.cli.ExitCodes;
import org.customs.seizures.jobs.cli.QueryOutput;
import org.customs.seizures.jobs.operations.lock.RunLock;
import org.customs.seizures.jobs.operations.publish.PublishedCopy;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./seizures history}: past runs of the ingest (start, end, status, files, lines loaded and
 * rejected), from the job repository inside the warehouse. It reads the working file when no run
 * holds it (so failed runs show too), else the published copy, and says so.
 */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "List past runs: start, end, status, files, lines loaded and rejected.")
public class HistoryCommand implements Callable<Integer> {

    @Option(names = "--warehouse", paramLabel = "FILE",
            defaultValue = "${env:SEIZURES_WAREHOUSE:-data/warehouse.duckdb}",
            description = "The DuckDB warehouse file (default: ${DEFAULT-VALUE}).")
    Path warehouse;

    @Option(names = "--limit", defaultValue = "20", description = "How many runs, newest first (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        WarehouseFile source = source(System.err);
        try (Connection connection = source.openReadOnly();
             PreparedStatement ps = connection.prepareStatement(SqlFile.load("operations/run_history.sql"))) {
            ps.setInt(1, Math.max(1, limit));
            try (ResultSet rs = ps.executeQuery()) {
                QueryOutput.print(rs, QueryOutput.Format.table, System.out);
            }
        }
        return ExitCodes.SUCCESS;
    }

    private WarehouseFile source(PrintStream notes) {
        WarehouseFile working = new WarehouseFile(warehouse);
        PublishedCopy published = PublishedCopy.of(working.path());
        String holder = RunLock.holderOf(working.path());
        if (holder == null && working.exists()) {
            return working;
        }
        if (!published.file().exists()) {
            throw new ExitCodes.UsageException(working.exists()
                    ? "A run is in progress (" + holder + ") and nothing was published yet: try again when it ends."
                    : "There is no warehouse at " + working.path() + ": run ./seizures ingest (or nightly) first.");
        }
        notes.println("A run is in progress (" + holder + "): the history below is the published copy's, "
                + "as of the last successful run.");
        return published.file();
    }
}
