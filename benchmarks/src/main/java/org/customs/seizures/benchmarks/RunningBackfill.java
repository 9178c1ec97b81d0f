package org.customs.seizures.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A backfill as an operator runs one: several big returns (one per country) in ONE ingest, so that every return
 * after the first meets a JVM the earlier ones warmed up. The time of each return is read from the
 * application's log file (milliseconds): from one "loaded" line to the next, i.e. the previous return's commit,
 * the next one's opening, reading, validation and writing; then the statistics refresh and the publish.
 */
final class RunningBackfill {

    private static final List<String> COUNTRIES = List.of("FRA", "KEN", "GHA", "NGA", "VNM", "THA", "ZAF", "TZA",
            "CMR", "IND");
    private static final YearMonth PERIOD = YearMonth.of(2019, 6);

    private RunningBackfill() {
    }

    /**
     * Runs {@code runs} ingests of {@code returns} returns of {@code lines} lines (generated once into
     * {@code work/running}); prints each run's per-return seconds and the range of the warm ones (3rd onwards).
     *
     * @param applicationLoggingTo the application, one partition, writing its log file into the given folder
     */
    static void measure(Function<Path, Application> applicationLoggingTo, Path work, int returns, int lines, int runs)
            throws Exception {
        if (returns < 1 || returns > COUNTRIES.size()) {
            throw new IllegalArgumentException("--returns must be 1 to " + COUNTRIES.size() + ", not " + returns);
        }
        Path run = Files.createTempDirectory(work, "running-");
        Path inbox = Files.createDirectories(run.resolve("inbox"));
        for (String iso3 : COUNTRIES.subList(0, returns)) {
            Path file = ReturnGenerator.bigReturn(work.resolve("running"), iso3, PERIOD, lines);
            Files.createLink(inbox.resolve(file.getFileName()), file);
        }
        double warmest = Double.MAX_VALUE;
        double coldest = 0;
        for (int r = 1; r <= runs; r++) {
            Path logs = run.resolve("logs-" + r);
            applicationLoggingTo.apply(logs).run("app: " + returns + " returns of " + lines + " lines in one ingest (wall)",
                    (long) returns * lines, "ingest", "--inbox", inbox.toString(),
                    "--warehouse", run.resolve("w-" + r + ".duckdb").toString());
            List<Double> intervals = intervals(logs.resolve("seizures.log"));
            List<Double> perReturn = intervals.subList(0, returns);
            System.out.printf("run %d: per return %s s | statistics %.2f s | publish %.2f s%n", r, seconds(perReturn),
                    intervals.get(returns), intervals.get(returns + 1));
            for (double s : perReturn.subList(Math.min(2, returns), returns)) {
                warmest = Math.min(warmest, s);
                coldest = Math.max(coldest, s);
            }
        }
        if (coldest > 0) {
            System.out.printf("warm returns (3rd onwards): %.2f-%.2f s = %.0f-%.0f lines/s%n", warmest, coldest,
                    lines / coldest, lines / warmest);
        }
    }

    /** Seconds from "Started" to each "loaded", then to "Recomputed" (statistics) and "Published". */
    static List<Double> intervals(Path log) throws IOException {
        List<LocalDateTime> times = new ArrayList<>();
        for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
            if (line.contains("Started SeizuresCli") || (line.contains("ReturnIntake - ") && line.endsWith(": loaded")) || line.contains("Recomputed the monthly")
                    || line.contains("PublishedCopy - Published")) {
                times.add(LocalDateTime.parse(line.substring(0, 23).replace(' ', 'T')));
            }
        }
        List<Double> intervals = new ArrayList<>();
        for (int i = 1; i < times.size(); i++) {
            intervals.add(Duration.between(times.get(i - 1), times.get(i)).toMillis() / 1000.0);
        }
        return intervals;
    }

    private static String seconds(List<Double> values) {
        StringBuilder text = new StringBuilder();
        for (double v : values) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("%.2f", v));
        }
        return text.toString();
    }
}
