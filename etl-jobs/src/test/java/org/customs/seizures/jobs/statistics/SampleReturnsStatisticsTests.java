package org.customs.seizures.jobs.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingests the shared sample returns ({@code shared/samples/returns}, read-only) and checks every row
 * and column of {@code v_monthly_yoy} against the figures recomputed from {@code truth.json}.
 * Skipped when the shared folder is absent.
 */
class SampleReturnsStatisticsTests {

    private static final Path SHARED = Path.of(System.getProperty("shared.dir", "../../shared"));

    @Test
    void monthlyYearOnYearStatisticsAgreeWithTheFiguresOfTheTruth(@TempDir Path work) throws Exception {
        // given
        Path samples = SHARED.resolve("samples/returns");
        Path truthJson = SHARED.resolve("samples/truth.json");
        assumeTrue(Files.isDirectory(samples) && Files.isRegularFile(truthJson), "shared samples not present");
        Map<String, Map<String, Object>> expected = MonthlyYoyRecomputation.rows(SampleSeizures.load(truthJson));
        Path warehouse = work.resolve("warehouse.duckdb");

        // when
        int exitCode = SeizuresCli.execute("ingest", "--inbox", samples.toString(), "--warehouse", warehouse.toString());

        // then
        assertThat(exitCode).isZero();
        MonthlyYoyComparison.Outcome outcome;
        try (Connection connection = new WarehouseFile(warehouse).openReadOnly()) {
            outcome = MonthlyYoyComparison.compare(expected, connection);
        }
        String rendered = outcome.render(30);
        System.out.println(rendered);
        assertThat(outcome.rowsCompared()).as(rendered).isEqualTo(expected.size());
        assertThat(outcome.mismatches()).as(rendered).isEmpty();
    }
}
