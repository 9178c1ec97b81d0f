package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

    @Option(names = "--format", defaultValue = "xlsx",
            description = "xlsx, csv, or md (headlines and key table as Markdown on standard output)"
                    + " (default: ${DEFAULT-VALUE}).")
    StatisticsExport.Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write (default: data/out/seizure-statistics-YYYY-MM.xlsx or .csv).")
    Path out;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
            description = "The statistics as they stood at the end of that day: only the returns received by then,"
                    + " in the versions current then (default: as they stand now).")
    String asOf;

    @Override
    public Integer call() throws Exception {
        YearMonth yearMonth = parseMonth(month);
        LocalDateTime vintage = parseAsOf(asOf);
        if (format == StatisticsExport.Format.md) {
            System.out.print(StatisticsExport.markdown(warehouse.existing(), yearMonth, vintage));
            return ExitCodes.SUCCESS;
        }
        Path target = out != null ? out
                : Path.of(System.getenv().getOrDefault("SEIZURES_OUT", "data/out"))
                        .resolve(StatisticsExport.defaultFileName(yearMonth, format));
        Path written = StatisticsExport.write(warehouse.existing(), yearMonth, vintage, format, target);
        System.out.println("statistics for " + yearMonth + " written to " + written);
        return ExitCodes.SUCCESS;
    }

    /** The end of the named day (the vintage "as it stood on that date"); null when not given. */
    static LocalDateTime parseAsOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim()).atTime(LocalTime.of(23, 59, 59, 999_999_000));
        } catch (DateTimeParseException e) {
            throw new ExitCodes.UsageException("--as-of must be a day written YYYY-MM-DD, e.g. 2019-11-30, not '"
                    + text + "'");
        }
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
