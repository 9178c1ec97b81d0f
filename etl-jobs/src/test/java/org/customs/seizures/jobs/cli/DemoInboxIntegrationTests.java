package org.customs.seizures.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseAssertions;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's own demo inbox ({@code data/inbox}, what {@code ./seizures nightly} runs on a fresh
 * clone) through the real command line: every file ends loaded, rejected, superseded or duplicate
 * as data/README.md describes, and every warehouse assertion holds.
 */
class DemoInboxIntegrationTests {

    private static final Path INBOX = Path.of("../data/inbox");

    @TempDir
    Path work;

    @Test
    void theDemoInboxIngestsWithEveryFileAccountedFor() throws Exception {
        assumeTrue(Files.isDirectory(INBOX), "run from the etl-jobs module folder");
        Path warehouse = work.resolve("warehouse.duckdb");

        // when
        int exitCode = SeizuresCli.execute("ingest", "--inbox", INBOX.toString(), "--warehouse", warehouse.toString());

        // then
        assertThat(exitCode).isZero();
        try (Connection connection = new WarehouseFile(warehouse).openReadOnly()) {
            Map<String, String> status = statusByFile(connection);
            long inboxFiles;
            try (var files = Files.list(INBOX)) {
                inboxFiles = files.count();
            }
            assertThat(status).hasSize((int) inboxFiles);
            assertThat(status).containsEntry("KEN_2019-02.csv", "rejected")
                    .containsEntry("KEN_2019-07_v2.xlsx", "rejected")
                    .containsEntry("FRA_2018-05_resent.xlsx", "duplicate")
                    .containsEntry("VNM_2019-03_v1.xlsx", "superseded")
                    .containsEntry("VNM_2019-03_v2.xlsx", "loaded");
            assertThat(WarehouseAssertions.failures(connection)).isEmpty();
        }
    }

    private static Map<String, String> statusByFile(Connection connection) throws Exception {
        Map<String, String> status = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select file_name, status from dim_submission")) {
            while (rs.next()) {
                status.put(rs.getString(1), rs.getString(2));
            }
        }
        return status;
    }
}
