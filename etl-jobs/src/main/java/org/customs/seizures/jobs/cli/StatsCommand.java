package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ./seizures stats --month YYYY-MM}: the month's year-on-year statistics as a workbook or CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Write the monthly year-on-year statistics (with year-to-date) for one month.")
public class StatsCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Option(names = "--month", required = true, paramLabel = "YYYY-MM", description = "The month, e.g. 2019-06.")
    String month;

    @Option(names = "--format", defaultValue = "xlsx", description = "xlsx or csv (default: ${DEFAULT-VALUE}).")
    StatisticsExport.Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: data/out/seizure-statistics-YYYY-MM.xlsx or .csv).")
    Path out;

    @Override
    public Integer call() throws Exception {
        YearMonth yearMonth = parseMonth(month);
        Path target = out != null ? out
                : Path.of(System.getenv().getOrDefault("SEIZURES_OUT", "data/out"))
                        .resolve(StatisticsExport.defaultFileName(yearMonth, format));
        Path written = StatisticsExport.write(warehouse.existing(), yearMonth, format, target);
        System.out.println("statistics for " + yearMonth + " written to " + written);
        return ExitCodes.SUCCESS;
    }

    static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ExitCodes.UsageException("--month must be a month written YYYY-MM, e.g. 2019-06, not '"
                    + text + "'");
        }
    }
}
