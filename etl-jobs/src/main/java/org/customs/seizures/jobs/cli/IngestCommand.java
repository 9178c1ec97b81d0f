package org.customs.seizures.jobs.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code ./seizures ingest}: load every new file of the inbox into the warehouse. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Ingest every new file in the inbox (files already in the ledger are skipped).")
public class IngestCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    InboxOption inbox;

    @Override
    public Integer call() throws Exception {
        return Ingestion.exitCode(Ingestion.run(warehouse.file(), inbox.inbox));
    }
}
