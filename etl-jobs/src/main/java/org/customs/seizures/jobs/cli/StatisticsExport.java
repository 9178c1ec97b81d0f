package org.customs.seizures.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.customs.seizures.reports.yoy.MonthlyStatistics;
import org.customs.seizures.reports.yoy.YearOnYearCsv;
import org.customs.seizures.reports.yoy.YearOnYearMarkdown;
import org.customs.seizures.reports.yoy.YearOnYearWorkbook;

/** Reads one month's statistics from the warehouse (read-only) and writes them as a workbook or CSV. */
final class StatisticsExport {

    enum Format { xlsx, csv, md }

    private StatisticsExport() {
    }

    static String defaultFileName(YearMonth month, Format format) {
        return "seizure-statistics-" + month + "." + format.name();
    }

    static Path write(WarehouseFile warehouse, YearMonth month, Format format, Path target) throws Exception {
        return write(warehouse, month, null, format, target);
    }

    /** The headlines and key table as Markdown, as they stood at {@code asOf} (null = now). */
    static String markdown(WarehouseFile warehouse, YearMonth month, LocalDateTime asOf) throws Exception {
        return new YearOnYearMarkdown().of(read(warehouse, month, asOf));
    }

    private static MonthlyStatistics read(WarehouseFile warehouse, YearMonth month, LocalDateTime asOf) throws Exception {
        try (Connection connection = warehouse.openReadOnly()) {
            return MonthlyStatistics.read(connection, month, asOf);
        }
    }

    /** Writes the month's statistics as they stood at {@code asOf} (null = now) as a workbook or CSV. */
    static Path write(WarehouseFile warehouse, YearMonth month, LocalDateTime asOf, Format format, Path target)
            throws Exception {
        MonthlyStatistics statistics = read(warehouse, month, asOf);
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (format == Format.csv) {
            new YearOnYearCsv().write(statistics, target);
        } else {
            new YearOnYearWorkbook().write(statistics, target);
        }
        return target.toAbsolutePath().normalize();
    }
}
