package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.jobs.feedback.SenderFeedback;
import org.customs.seizures.jobs.ingest.IngestRun;
import org.customs.seizures.jobs.operations.schedule.CronSchedule;
import org.customs.seizures.jobs.warehouse.SqlFile;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code ./seizures nightly}: the scheduled run. Ingests every new file of the inbox, then writes
 * the statistics workbook of the latest complete month that has returns.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "The scheduled run: ingest new returns, then write the statistics of the latest complete month.")
public class NightlyCommand implements Callable<Integer> {

    @Mixin
    WarehouseOption warehouse;

    @Mixin
    InboxOption inbox;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "${env:SEIZURES_OUT:-data/out}",
            description = "Folder for the statistics and feedback workbooks (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--cron", paramLabel = "EXPRESSION",
            description = "Keep running and run the nightly at each time of this cron expression "
                    + "(second minute hour day month weekday), e.g. \"0 0 2 * * *\"; SIGTERM stops it.")
    String cron;

    @Override
    public Integer call() throws Exception {
        if (cron != null) {
            return CronSchedule.parse(cron).runUntilStopped("nightly", this::runOnce);
        }
        return runOnce();
    }

    private Integer runOnce() throws Exception {
        LocalDateTime started = LocalDateTime.now();
        IngestRun.IngestOutcome outcome = Ingestion.run(warehouse.file(), inbox.inbox);
        writeFeedback(started, outcome.limits());
        if (!outcome.succeeded()) {
            return ExitCodes.RUN_FAILED;
        }
        WarehouseFile file = warehouse.published(); // what the run just published: what analysts see
        YearMonth month = latestCompleteMonth(file);
        if (month == null) {
            System.out.println("no statistics written: the warehouse holds no return yet");
            return ExitCodes.SUCCESS;
        }
        Path workbook = StatisticsExport.write(file, month, StatisticsExport.Format.xlsx,
                out.resolve(StatisticsExport.defaultFileName(month, StatisticsExport.Format.xlsx)));
        System.out.println("statistics for " + month + " written to " + workbook);
        return ExitCodes.SUCCESS;
    }

    /**
     * Writes a feedback workbook in {@code <out>/feedback} for each file this run received with rejections or
     * warnings, or rejected as a whole (also after a failed run: for what it committed). A failure here is
     * reported and does not change the run's outcome. The returns are read again with the limits the run read
     * them with.
     */
    private void writeFeedback(LocalDateTime started, WorkbookLimits limits) {
        Path folder = out.resolve("feedback");
        try {
            List<Path> written = new SenderFeedback(warehouse.file(), inbox.inbox, folder, limits)
                    .writeForFilesReceivedSince(started);
            System.out.println("feedback workbooks: " + written.size() + " written to "
                    + folder.toAbsolutePath().normalize());
        } catch (Exception e) {
            System.err.println("feedback workbooks could not be written: " + e.getMessage());
        }
    }

    /** The latest month before the current one for which a current return exists. */
    private static YearMonth latestCompleteMonth(WarehouseFile file) throws Exception {
        LocalDate lastComplete = YearMonth.now().minusMonths(1).atDay(1);
        try (Connection connection = file.openReadOnly();
             PreparedStatement ps = connection.prepareStatement(SqlFile.load("ledger/latest_reported_month.sql"))) {
            ps.setObject(1, lastComplete);
            try (ResultSet rs = ps.executeQuery()) {
                LocalDate latest = rs.next() ? rs.getObject(1, LocalDate.class) : null;
                return latest == null ? null : YearMonth.from(latest);
            }
        }
    }
}
