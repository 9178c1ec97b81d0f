package org.customs.seizures.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.customs.seizures.warehouse.StatisticsMart;
import org.customs.seizures.warehouse.WarehouseSchema;

/**
 * {@code java -jar benchmarks/target/benchmarks.jar WORKLOAD [--option value]...}, workloads:
 * {@code backfill}, {@code threads}, {@code nightly}, {@code statistics}, {@code floor-once}, {@code running},
 * {@code readmit}, {@code generate}, and
 * {@code jmh [JMH options]} for the hot paths. See BENCHMARKS.md.
 */
public final class Benchmarks {

    private final Map<String, String> options;

    private Benchmarks(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: benchmarks.jar backfill|threads|nightly|statistics|floor-once|running|readmit|generate|jmh [--option value]...");
            System.exit(2);
        }
        if (args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        Benchmarks benchmarks = new Benchmarks(options);
        System.out.printf("java %s, %d cores, -Xmx %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1048576);
        switch (args[0]) {
            case "backfill" -> benchmarks.backfill();
            case "threads" -> benchmarks.threads();
            case "nightly" -> benchmarks.nightly();
            case "statistics" -> benchmarks.statistics();
            case "floor-once" -> benchmarks.floorOnce();
            case "running" -> RunningBackfill.measure(
                    logs -> benchmarks.application("-Dseizures.ingest-threads=1", "-Dseizures.logs=" + logs),
                    benchmarks.work(), Integer.parseInt(benchmarks.options.getOrDefault("returns", "6")),
                    benchmarks.lines(200_000), benchmarks.runs());
            case "readmit" -> MassReadmission.measure(benchmarks.application(), benchmarks.work(),
                    benchmarks.lines(100_000), benchmarks.runs());
            case "generate" -> ReturnGenerator.bigReturn(benchmarks.work(), options.getOrDefault("country", "FRA"),
                    YearMonth.parse(options.getOrDefault("month", "2019-06")), benchmarks.lines(200_000));
            default -> {
                System.err.println("unknown workload " + args[0]);
                System.exit(2);
            }
        }
    }

    /**
     * The floor as a one-shot process meets it: this JVM, just started, inflates the return's biggest sheet and
     * parses it once with the JDK's SAX parser and an empty handler (the application's one-shot ingest is timed
     * the same way: after its JVM started, nothing warmed up). Run it a few times: each run is one sample.
     */
    private void floorOnce() throws Exception {
        Path file = options.containsKey("file") ? Path.of(options.get("file"))
                : ReturnGenerator.bigReturn(work(), "FRA", YearMonth.of(2019, 6), lines(200_000));
        long start = System.nanoTime();
        long rows = Floors.saxParse(file);
        System.out.printf("one-shot floor: %s, %d rows parsed in %.3f s after JVM start%n", file, rows,
                (System.nanoTime() - start) / 1e9);
    }

    private Path work() throws java.io.IOException {
        return Files.createDirectories(Path.of(options.getOrDefault("work", "benchmarks/work")));
    }

    private int lines(int byDefault) {
        return Integer.parseInt(options.getOrDefault("lines", String.valueOf(byDefault)).replace("_", ""));
    }

    private int runs() {
        return Integer.parseInt(options.getOrDefault("runs", "3"));
    }

    private Application application(String... extraJvmOptions) {
        String jvm = options.getOrDefault("app-jvm", "");
        List<String> jvmOptions = new ArrayList<>(jvm.isBlank() ? List.of() : List.of(jvm.trim().split("\\s+")));
        if (options.containsKey("threads")) {
            jvmOptions.add("-Dseizures.ingest-threads=" + options.get("threads"));
        }
        jvmOptions.addAll(List.of(extraJvmOptions));
        return new Application(Path.of(options.getOrDefault("app", "etl-jobs/target/seizures.jar")), jvmOptions);
    }

    /** One big return: the floors, the streaming reader, reader + validation, the naive baseline, the application. */
    private void backfill() throws Exception {
        int lines = lines(200_000);
        Path file = ReturnGenerator.bigReturn(work(), "FRA", YearMonth.of(2019, 6), lines);
        Pipeline pipeline = new Pipeline();
        System.out.println(Measurement.header());
        Measurement unzip = Stage.best("unzip (inflate the sheet XML)", runs(), () -> Floors.unzip(file) / 1000);
        Measurement floor = Stage.best("floor: JDK SAX parse, empty handler", runs(), () -> Floors.saxParse(file));
        Measurement rows = Stage.best("streaming reader: raw rows (SheetXmlHandler)", runs(), () -> pipeline.rows(file));
        Measurement read = Stage.best("read + header + validate every line", runs(), () -> pipeline.readAndValidate(file));
        Measurement naive = null;
        if (lines <= 300_000 && !options.containsKey("no-baseline")) {
            naive = Stage.measure("naive: XSSFWorkbook + addBatch (no validation)", () -> NaiveBaseline.load(file));
        }
        Measurement app = null;
        Measurement startUp = null;
        Measurement twoReturns = null;
        if (!options.containsKey("no-app")) {
            // one partition, so that the two returns below load one after the other in the same JVM
            Application application = application("-Dseizures.ingest-threads=1");
            Path run = Files.createTempDirectory(work(), "backfill-");
            Path empty = Files.createDirectories(run.resolve("empty"));
            Path inbox = Files.createDirectories(run.resolve("inbox"));
            Files.createLink(inbox.resolve(file.getFileName()), file);
            startUp = bestRun(application, "app: ingest of an empty inbox (start-up)", 0, empty, run, "empty");
            app = bestRun(application, "app: ingest of the return (wall)", lines, inbox, run, "one");
            if (!options.containsKey("no-second")) {
                // a backfill loads many returns in one run: the second one meets a JVM the first one warmed up
                Path second = ReturnGenerator.bigReturn(work().resolve("second"), "KEN", YearMonth.of(2019, 6), lines);
                Path both = Files.createDirectories(run.resolve("both"));
                Files.createLink(both.resolve(file.getFileName()), file);
                Files.createLink(both.resolve(second.getFileName()), second);
                twoReturns = bestRun(application, "app: the return and a second one (wall)", 2L * lines, both, run, "two");
            }
        }
        System.out.println();
        System.out.println("summary (best of " + runs() + ")");
        System.out.println(Measurement.header());
        for (Measurement m : new Measurement[] {unzip, floor, rows, read, naive, startUp, app, twoReturns}) {
            if (m != null) {
                System.out.println(m.row());
            }
        }
        System.out.printf("streaming reader / floor: %.2fx; read + validate / floor: %.2fx%n",
                rows.seconds() / floor.seconds(), read.seconds() / floor.seconds());
        if (app != null) {
            double work = app.seconds() - startUp.seconds();
            System.out.printf("app ingest work (wall - start-up): %.2f s = %.0f lines/s; / floor: %.2fx%n",
                    work, lines / work, work / floor.seconds());
            if (naive != null) {
                System.out.printf("naive baseline / app ingest work: %.1fx; naive / read + validate: %.1fx%n",
                        naive.seconds() / work, naive.seconds() / read.seconds());
            }
            if (twoReturns != null) {
                double second = twoReturns.seconds() - app.seconds();
                System.out.printf("app, the second return of a run (warm JVM: two returns - one): %.2f s = %.0f lines/s; "
                        + "/ floor: %.2fx%n", second, lines / second, second / floor.seconds());
            }
        }
    }

    /**
     * The best of {@code --app-runs} (default: {@code --runs}) ingests of the inbox, each into a new warehouse: the
     * application's wall time on this machine varies by a second or more from one run to the next.
     */
    private Measurement bestRun(Application application, String stage, long lines, Path inbox, Path run, String name)
            throws Exception {
        int runs = Integer.parseInt(options.getOrDefault("app-runs", String.valueOf(runs())));
        Measurement best = null;
        for (int i = 1; i <= runs; i++) {
            Measurement m = application.run(stage, lines, "ingest", "--inbox", inbox.toString(),
                    "--warehouse", run.resolve(name + "-" + i + ".duckdb").toString());
            best = best == null || m.seconds() < best.seconds() ? m : best;
        }
        return best;
    }

    /**
     * Two returns read and validated one after the other, then on two threads at once (the reader level); then
     * the application ingesting both with {@code seizures.ingest-threads} 1, then 2 (one partition each).
     */
    private void threads() throws Exception {
        int lines = lines(200_000);
        Path first = ReturnGenerator.bigReturn(work(), "FRA", YearMonth.of(2019, 6), lines);
        Path second = ReturnGenerator.bigReturn(work().resolve("second"), "KEN", YearMonth.of(2019, 6), lines);
        Pipeline pipeline = new Pipeline();
        System.out.println(Measurement.header());
        Measurement one = Stage.best("1 thread: two returns one after the other", runs(),
                () -> pipeline.readAndValidate(first) + pipeline.readAndValidate(second));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Measurement two = Stage.best("2 threads: two returns at once", runs(), () -> {
                Future<Long> a = pool.submit(() -> pipeline.readAndValidate(first));
                Future<Long> b = pool.submit(() -> pipeline.readAndValidate(second));
                return a.get() + b.get();
            });
            System.out.printf("reader level, speed-up of 2 threads: %.2fx%n", one.seconds() / two.seconds());
        } finally {
            pool.shutdown();
        }
        if (options.containsKey("no-app")) {
            return;
        }
        Path run = Files.createTempDirectory(work(), "threads-");
        Path empty = Files.createDirectories(run.resolve("empty"));
        Path inbox = Files.createDirectories(run.resolve("inbox"));
        Files.createLink(inbox.resolve("FRA_2019-06.xlsx"), first);
        Files.createLink(inbox.resolve("KEN_2019-06.xlsx"), second);
        double[] work = new double[3];
        for (int threads = 1; threads <= 2; threads++) {
            Application application = application("-Dseizures.ingest-threads=" + threads);
            Measurement startUp = application.run("app, " + threads + " thread(s): ingest of an empty inbox", 0,
                    "ingest", "--inbox", empty.toString(), "--warehouse", run.resolve("empty-" + threads + ".duckdb").toString());
            Measurement load = application.run("app, " + threads + " thread(s): ingest of the two returns (wall)",
                    2L * lines, "ingest", "--inbox", inbox.toString(),
                    "--warehouse", run.resolve("w-" + threads + ".duckdb").toString());
            work[threads] = load.seconds() - startUp.seconds();
            System.out.printf("app, %d thread(s): work %.2f s = %.0f lines/s%n", threads, work[threads],
                    2L * lines / work[threads]);
        }
        System.out.printf("application, speed-up of 2 threads: %.2fx%n", work[1] / work[2]);
    }

    /** 400 small returns into a warehouse that already holds two years of history, with the statistics workbook. */
    private void nightly() throws Exception {
        int returns = Integer.parseInt(options.getOrDefault("returns", "400"));
        int lines = lines(25);
        int countries = returns / 2;
        Path run = Files.createTempDirectory(work(), "nightly-");
        Path warehouse = run.resolve("warehouse.duckdb");
        String url = "jdbc:duckdb:" + warehouse.toAbsolutePath();
        WarehouseSchema.migrate(url);
        YearMonth newest = YearMonth.of(2020, 2);
        long history;
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(SqlText.load("synthetic_submissions.sql", Map.of("countries", countries, "months", 24,
                    "last_month", newest.minusMonths(2).atDay(1))));
            history = 24L * countries * lines * 2;
            statement.execute(SqlText.load("synthetic_lines.sql", Map.of("lines", history, "key_offset", 0,
                    "line_offset", 1)));
        }
        System.out.printf("history: %d lines over 24 months x %d countries%n", history, countries);
        List<String> iso3 = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SqlText.load("nightly_countries.sql", Map.of("countries", countries)))) {
            while (rs.next()) {
                iso3.add(rs.getString(1));
            }
        }
        Path inbox = run.resolve("inbox");
        ReturnGenerator.smallReturns(inbox, iso3, List.of(newest.minusMonths(1), newest), lines);
        System.out.println(Measurement.header());
        application().run("app: nightly, " + returns + " returns x " + lines + " lines (wall)", (long) returns * lines,
                "nightly", "--inbox", inbox.toString(), "--warehouse", warehouse.toString(),
                "--out", run.resolve("out").toString());
    }

    /** v_monthly_yoy for one month over a warehouse of generated fact rows (10 million by default). */
    private void statistics() throws Exception {
        int lines = lines(10_000_000);
        Path warehouse = work().resolve("statistics-" + lines + ".duckdb");
        String url = "jdbc:duckdb:" + warehouse.toAbsolutePath();
        if (!Files.exists(warehouse)) {
            long start = System.nanoTime();
            WarehouseSchema.migrate(url);
            try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
                statement.execute(SqlText.load("synthetic_submissions.sql", Map.of("countries", 120, "months", 36,
                        "last_month", "2019-12-01")));
                statement.execute(SqlText.load("synthetic_lines.sql", Map.of("lines", lines, "key_offset", 0,
                        "line_offset", 1)));
                System.out.printf("generated %d fact rows in %.1f s%n", lines, (System.nanoTime() - start) / 1e9);
                // v_monthly_yoy reads the mart that every ingest refreshes: do what the ingest's last step does
                long refresh = System.nanoTime();
                StatisticsMart.refresh(connection);
                System.out.printf("refreshed mart_monthly_yoy in %.1f s%n", (System.nanoTime() - refresh) / 1e9);
                statement.execute("checkpoint");
            }
        }
        String month = options.getOrDefault("month", "2019-12-01");
        String query = SqlText.load("monthly_yoy_one_month.sql", Map.of("month", month));
        System.out.println(Measurement.header());
        try (Connection connection = DriverManager.getConnection(url + ";access_mode=READ_ONLY")) {
            for (int i = 0; i < runs(); i++) {
                Stage.measure("v_monthly_yoy, one month, run " + (i + 1), () -> {
                    long rows = 0;
                    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(query)) {
                        while (rs.next()) {
                            rows++;
                        }
                    }
                    return rows;
                });
            }
            if (options.containsKey("profile")) {
                try (Statement statement = connection.createStatement();
                     ResultSet rs = statement.executeQuery("explain analyze " + query)) {
                    while (rs.next()) {
                        System.out.println(rs.getString(2));
                    }
                }
            }
        }
    }
}
