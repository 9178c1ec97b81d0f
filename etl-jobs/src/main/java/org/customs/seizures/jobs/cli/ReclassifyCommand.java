package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.jobs.curation.AliasFolder;
import org.customs.seizures.jobs.curation.Reclassification;
import org.customs.seizures.jobs.operations.lock.RunLock;
import org.customs.seizures.jobs.operations.publish.PublishedCopy;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./seizures reclassify}: applies the current aliases (shipped and overrides) to the stored lines in
 * one transaction, re-admits lines rejected only for an unknown unit or country, and prints what moved.
 */
@Command(name = "reclassify", mixinStandardHelpOptions = true,
        description = "Re-derive commodity, unit and country of every stored line from its raw values with the "
                + "current aliases, re-admit lines rejected only for an unknown unit or country, and print what moved. "
                + "Nothing is read from the original files.")
public class ReclassifyCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--aliases", paramLabel = "DIR",
            description = "Folder of the alias override files (default: $SEIZURES_ALIASES or " + AliasFolder.DEFAULT + ").")
    Path aliases;

    @Override
    public Integer call() throws Exception {
        CuratedCatalogues catalogues = AliasFolder.of(aliases).catalogues(); // a bad override stops here, exit 2
        WarehouseFile file = warehouse.file();
        if (!file.exists()) {
            throw new ExitCodes.UsageException("There is no warehouse at " + file.path()
                    + ": run ./seizures ingest (or nightly) first, or name one with --warehouse.");
        }
        try (RunLock lock = RunLock.acquire(file.path(), "reclassify")) {
            file.migrate();
            Reclassification.Result result;
            try (Connection connection = DriverManager.getConnection(file.jdbcUrl())) {
                result = new Reclassification(catalogues, Clock.systemDefaultZone()).run(connection);
            } catch (RuntimeException e) {
                throw file.inUseOr(e);
            }
            System.out.println("Lines examined: " + result.lines() + ", remapped: " + result.changed()
                    + ", re-admitted: " + result.readmitted()
                    + (result.notApplicable() == 0 ? "" : ", left as they were (new commodity not measurable in "
                    + "their unit): " + result.notApplicable()));
            if (result.conflictsAdded() + result.conflictsWithdrawn() > 0) {
                System.out.println("Commodity/HS code conflict warnings: " + result.conflictsAdded() + " added, "
                        + result.conflictsWithdrawn() + " withdrawn");
            }
            if (result.moves().isEmpty()) {
                System.out.println("Nothing moved.");
            }
            result.moves().render().forEach(System.out::println);
            PublishedCopy.of(file.path()).publish();
        }
        return ExitCodes.SUCCESS;
    }
}
