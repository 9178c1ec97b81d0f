package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.customs.seizures.jobs.curation.AliasFolder;
import org.customs.seizures.jobs.curation.UnmappedReport;
import org.customs.seizures.jobs.curation.UnmappedValue;
import org.customs.seizures.jobs.curation.UnmappedValues;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./seizures unmapped}: the raw values no alias recognised, for the data team to map. */
@Command(name = "unmapped", mixinStandardHelpOptions = true,
        description = "List the commodity texts, units and countries no alias recognised, with counts, files and "
                + "the nearest known aliases (unmapped-values.xlsx and .csv).")
public class UnmappedCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${env:SEIZURES_OUT:-data/out}",
            description = "Folder to write unmapped-values.xlsx and unmapped-values.csv (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--aliases", paramLabel = "DIR",
            description = "Folder of the alias override files (default: $SEIZURES_ALIASES or " + AliasFolder.DEFAULT + ").")
    Path aliases;

    @Override
    public Integer call() throws Exception {
        UnmappedValues unmapped = new UnmappedValues(AliasFolder.of(aliases).catalogues());
        List<UnmappedValue> values;
        try (Connection connection = warehouse.existing().openReadOnly()) {
            values = unmapped.read(connection);
        }
        for (String kind : List.of("commodity", "unit", "country")) {
            long count = values.stream().filter(v -> v.kind().equals(kind)).count();
            long lines = values.stream().filter(v -> v.kind().equals(kind)).mapToLong(UnmappedValue::lines).sum();
            System.out.println(kind + ": " + count + " unmapped values on " + lines + " lines");
        }
        for (Path written : UnmappedReport.write(values, out)) {
            System.out.println("Written " + written.toAbsolutePath().normalize());
        }
        return ExitCodes.SUCCESS;
    }
}
