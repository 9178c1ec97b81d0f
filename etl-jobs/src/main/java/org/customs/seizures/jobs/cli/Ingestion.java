package org.customs.seizures.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.customs.seizures.jobs.SeizuresApplication;
import org.customs.seizures.jobs.ingest.IngestRun;
import org.customs.seizures.jobs.operations.lock.RunLock;
import org.customs.seizures.jobs.operations.publish.PublishedCopy;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the batch application on a warehouse, runs (or restarts) the ingest job and prints its summary. */
final class Ingestion {

    private Ingestion() {
    }

    /**
     * Runs the ingest holding the warehouse's run lock (a second run exits with code 3), then, if it
     * succeeded, publishes the warehouse to its read-only copy for analysts.
     */
    static IngestRun.IngestOutcome run(WarehouseFile warehouse, Path inbox) throws Exception {
        if (!Files.isDirectory(inbox)) {
            throw new ExitCodes.UsageException("The inbox " + inbox.toAbsolutePath().normalize()
                    + " is not a folder: create it and put the returns there, or name one with --inbox.");
        }
        try (RunLock lock = RunLock.acquire(warehouse.path(), "ingest " + inbox.toAbsolutePath().normalize())) {
            IngestRun.IngestOutcome outcome = ingest(warehouse, inbox);
            if (outcome.succeeded()) {
                PublishedCopy.of(warehouse.path()).publish(); // every connection of the run is closed by now
            }
            return outcome;
        }
    }

    private static IngestRun.IngestOutcome ingest(WarehouseFile warehouse, Path inbox) throws Exception {
        warehouse.migrate();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeizuresApplication.class)
                .web(WebApplicationType.NONE)
                .run("--seizures.warehouse=" + warehouse.path())) {
            IngestRun.IngestOutcome outcome = context.getBean(IngestRun.class).run(inbox);
            System.out.println("ingestReturnsJob execution " + outcome.executionId() + ": " + outcome.status());
            System.out.println(outcome.summary().render());
            if (!outcome.succeeded()) {
                outcome.failures().forEach(f -> System.err.println("failure: " + f));
            }
            return outcome;
        } catch (RuntimeException e) {
            throw warehouse.inUseOr(e);
        }
    }

    static int exitCode(IngestRun.IngestOutcome outcome) {
        return outcome.succeeded() ? ExitCodes.SUCCESS : ExitCodes.RUN_FAILED;
    }
}
