package org.customs.seizures.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.customs.seizures.reports.operations.OperationHeadline;
import org.customs.seizures.reports.operations.OperationResults;
import org.customs.seizures.reports.operations.OperationWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./seizures operation CODE [--out FILE]}: a joint operation's results, per country and in total. */
@Command(name = "operation", mixinStandardHelpOptions = true,
        description = "Write the results workbook of one joint enforcement operation (cases and measures per "
                + "reporting country and in total, by domain and category).")
public class OperationCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Parameters(index = "0", paramLabel = "CODE", description = "The operation code, e.g. THUNDERBALL2019.")
    String code;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: data/out/operation-CODE.xlsx).")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The results as they stood at the end of that day (default: as they stand now).")
    String asOf;

    @Override
    public Integer call() throws Exception {
        String operation = code.trim().toUpperCase(Locale.ROOT);
        LocalDateTime vintage = StatsCommand.parseAsOf(asOf);
        OperationResults results;
        try (Connection connection = warehouse.existing().openReadOnly()) {
            results = OperationResults.ofOperation(connection, operation, vintage);
        }
        Path target = out != null ? out
                : Path.of(System.getenv().getOrDefault("SEIZURES_OUT", "data/out")).resolve("operation-" + operation + ".xlsx");
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new OperationWorkbook().write(results, operation, target);
        System.out.println(results.total(operation)
                .map(total -> OperationHeadline.of(total, results.rows()))
                .orElse("No seizures are recorded for operation " + operation + "."));
        System.out.println("operation results written to " + target.toAbsolutePath().normalize());
        return ExitCodes.SUCCESS;
    }
}
