package org.customs.seizures.jobs.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.YearMonth;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.customs.seizures.reports.yoy.MonthlyStatistics;
import org.customs.seizures.reports.yoy.YearOnYearCsv;
import org.customs.seizures.reports.yoy.YearOnYearWorkbook;

/** Reads one month's statistics from the warehouse (read-only) and writes them as a workbook or CSV. */
final class StatisticsExport {

    enum Format { xlsx, csv }

    private StatisticsExport() {
    }

    static String defaultFileName(YearMonth month, Format format) {
        return "seizure-statistics-" + month + "." + format.name();
    }

    static Path write(WarehouseFile warehouse, YearMonth month, Format format, Path target) throws Exception {
        MonthlyStatistics statistics;
        try (Connection connection = warehouse.openReadOnly()) {
            statistics = MonthlyStatistics.read(connection, month);
        }
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
