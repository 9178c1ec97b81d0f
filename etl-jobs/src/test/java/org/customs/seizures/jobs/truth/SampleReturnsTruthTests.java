package org.customs.seizures.jobs.truth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseAssertions;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests the shared sample returns ({@code shared/samples/returns}, read-only) and compares the
 * warehouse with {@code truth.json}. Skipped when the shared folder is absent.
 */
class SampleReturnsTruthTests {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"));

    @Test
    void sampleReturnsComeOutAsTheTruthSays(@TempDir Path work) throws Exception {
        Path samples = SHARED.resolve("samples/returns");
        Path truthJson = SHARED.resolve("samples/truth.json");
        assumeTrue(Files.isDirectory(samples) && Files.isRegularFile(truthJson), "shared samples not present");
        Path warehouse = work.resolve("warehouse.duckdb");

        // when
        int exitCode = SeizuresCli.execute("ingest", "--inbox", samples.toString(), "--warehouse", warehouse.toString());

        // then
        assertThat(exitCode).isZero();
        TruthReport report;
        List<String> failedAssertions;
        try (Connection connection = new WarehouseFile(warehouse).openReadOnly()) {
            report = TruthComparison.compare(Truth.load(truthJson), connection);
            failedAssertions = WarehouseAssertions.failures(connection);
        }
        String rendered = report.render(40);
        System.out.println(rendered);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("truth-report.txt"), rendered);
        }
        assertThat(report.statusMismatches()).as(rendered).isEmpty();
        assertThat(report.recall()).as(rendered).isGreaterThanOrEqualTo(0.995);
        assertThat(report.precision()).as(rendered).isGreaterThanOrEqualTo(0.995);
        assertThat(report.missingRejects()).as(rendered).isEmpty();
        // every assert_*.sql holds, among them: rows read = loaded + rejected + skipped per sheet and file
        assertThat(failedAssertions).isEmpty();
    }
}
