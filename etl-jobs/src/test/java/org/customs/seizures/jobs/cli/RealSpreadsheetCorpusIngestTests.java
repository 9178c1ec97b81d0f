package org.customs.seizures.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real odd spreadsheets from Apache POI's test data ({@code shared/corpus/real-spreadsheets}:
 * fuzzed, encrypted, zip bombs, Strict OOXML, .xlsb, BIFF5, macro workbooks) through the whole
 * nightly ingest, in the test JVM's 512 MB heap: the run completes, and every file ends loaded or
 * rejected with a reason. Skipped when the shared folder is absent.
 */
class RealSpreadsheetCorpusIngestTests {

    private static final Path CORPUS = Path.of(System.getProperty("shared.dir", "../../shared"))
            .resolve("corpus/real-spreadsheets");

    @TempDir
    Path work;

    @Test
    void everyRealOddFileEndsLoadedOrRejectedWithAReasonAndTheRunGoesOn() throws Exception {
        assumeTrue(Files.isDirectory(CORPUS), "shared corpus not present");
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        List<Path> spreadsheets;
        try (Stream<Path> files = Files.list(CORPUS)) {
            spreadsheets = files.filter(p -> !p.getFileName().toString().matches("(?i)MANIFEST\\.tsv|SOURCE\\.md"))
                    .sorted().toList();
        }
        for (Path file : spreadsheets) {
            Files.copy(file, inbox.resolve(file.getFileName()));
        }
        Path warehouse = work.resolve("warehouse.duckdb");

        // when: a hang would fail here, long before the run could be called slow
        int exitCode = assertTimeoutPreemptively(Duration.ofSeconds(10L * spreadsheets.size()),
                () -> SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString()));

        // then
        assertThat(exitCode).isZero();
        List<String> report = new ArrayList<>();
        List<String> unaccounted = new ArrayList<>();
        try (Connection connection = new WarehouseFile(warehouse).openReadOnly();
             Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select file_name, status, rows_loaded, rows_rejected, coalesce(message, '')"
                     + " from dim_submission order by file_name")) {
            while (rs.next()) {
                String status = rs.getString(2);
                String message = rs.getString(5);
                report.add(rs.getString(1) + "\t" + status + "\t" + rs.getInt(3) + "\t" + rs.getInt(4) + "\t" + message);
                boolean accounted = status.equals("loaded") || status.equals("superseded")
                        || status.equals("duplicate") || (status.equals("rejected") && !message.isBlank());
                if (!accounted || message.startsWith("READ_FAILED")) {
                    unaccounted.add(rs.getString(1) + ": " + status + " " + message);
                }
            }
        }
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("real-spreadsheet-corpus-ingest.tsv"), report);
        }
        report.forEach(System.out::println);
        assertThat(report).hasSize(spreadsheets.size());
        assertThat(unaccounted).as("files without a clear outcome, or that hit a defect of the ingest").isEmpty();
    }
}
