package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Opens and reads every file of the shared corpus of real spreadsheets (Apache POI's own test
 * files: see SOURCE.md there). Each file must be read, or refused with a {@link WorkbookException},
 * within 10 seconds; nothing else may escape. Writes one report line per file.
 */
class RealSpreadsheetCorpusTests {

    private static final Duration PER_FILE = Duration.ofSeconds(10);
    private static final List<String> REPORT = Collections.synchronizedList(new ArrayList<>());

    @TestFactory
    Stream<DynamicTest> readsEveryRealSpreadsheetOrRefusesItWithAFileFault() throws IOException {
        Path corpus = corpusFolder();
        Assumptions.assumeTrue(corpus != null && Files.isDirectory(corpus), "no shared corpus of real spreadsheets");
        Map<String, String> categories = categories(corpus.resolve("MANIFEST.tsv"));
        assertThat(corpus.resolve("SOURCE.md")).exists();
        List<Path> files;
        try (Stream<Path> listing = Files.list(corpus)) {
            files = listing.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals("MANIFEST.tsv"))
                    .filter(f -> !f.getFileName().toString().equals("SOURCE.md"))
                    .sorted().toList();
        }
        REPORT.add("# " + files.size() + " files, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String category = categories.getOrDefault(file.getFileName().toString(), "-");
            String outcome = assertTimeoutPreemptively(PER_FILE, () -> readFully(file));
            REPORT.add(file.getFileName() + "\t" + category + "\t" + outcome);
        }));
    }

    /** Reads every sheet; anything but a WorkbookException escaping fails the test. */
    private static String readFully(Path file) {
        WorkbookOpener opener = new WorkbookOpener(WorkbookLimits.defaults());
        long started = System.nanoTime();
        try (WorkbookSource source = opener.open(file)) {
            AtomicLong rows = new AtomicLong();
            AtomicLong cells = new AtomicLong();
            for (SheetRef sheet : source.sheets()) {
                source.readRows(sheet, row -> {
                    rows.incrementAndGet();
                    cells.addAndGet(row.cells().size());
                    assertThat(row.rowNumber()).isPositive();
                });
            }
            return "READ\t" + source.sheets().size() + " sheets, " + rows + " rows, " + cells + " cells"
                    + (source.uses1904Dates() ? ", 1904 dates" : "") + "\t" + millis(started);
        } catch (WorkbookException refused) {
            assertThat(refused.getMessage()).contains(file.getFileName().toString());
            return refused.fault() + "\t" + refused.getMessage() + "\t" + millis(started);
        }
    }

    private static String millis(long started) {
        return (System.nanoTime() - started) / 1_000_000 + " ms";
    }

    @AfterAll
    static void writeReport() throws IOException {
        if (REPORT.isEmpty()) {
            return;
        }
        List<String> lines = new ArrayList<>(REPORT);
        lines.forEach(System.out::println);
        Path report = buildDirectory().resolve("real-spreadsheet-corpus-report.tsv");
        Files.write(report, lines, StandardCharsets.UTF_8);
        System.out.println("report written to " + report);
    }

    private static Path corpusFolder() {
        String shared = System.getProperty("shared.dir");
        return shared == null ? null : Path.of(shared, "corpus", "real-spreadsheets");
    }

    private static Map<String, String> categories(Path manifest) throws IOException {
        Map<String, String> categories = new LinkedHashMap<>();
        if (!Files.exists(manifest)) {
            return categories;
        }
        for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
            String[] columns = line.split("\t");
            if (columns.length > 4 && !columns[0].equals("file")) {
                categories.put(columns[0], columns[4]);
            }
        }
        return categories;
    }

    /** The module's build folder (target, or target-NAME when built with -Dseizures.target). */
    private static Path buildDirectory() {
        try {
            Path testClasses = Path.of(RealSpreadsheetCorpusTests.class.getProtectionDomain()
                    .getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (Exception notAFolder) {
            return Path.of(System.getProperty("user.dir"), "target");
        }
    }
}
