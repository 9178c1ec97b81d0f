package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Runs every assert_*.sql beside the warehouse SQL on a migrated warehouse with fixture rows: each must return no rows. */
class WarehouseAssertionsTests {

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyAssertionFindsNothingOnTheFixtureWarehouse() throws Exception {
        List<String> assertions = assertionFiles();
        assertThat(assertions).hasSizeGreaterThanOrEqualTo(10);
        TestWarehouse warehouse = TestWarehouse.migrated(dir);
        warehouse.runScript("fixtures/monthly_yoy_returns.sql");
        SubmissionVersions.resolveVersions(warehouse.connection());
        StatisticsMart.refresh(warehouse.connection());
        return assertions.stream()
                .map(resource -> DynamicTest.dynamicTest(resource, () -> assertThat(offendingRows(warehouse, resource))
                        .as("rows returned by %s", resource).isEmpty()))
                .onClose(() -> {
                    try {
                        warehouse.close();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
    }

    @Test
    void oneMeasureAssertionReportsALineWithTwoMeasures() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.runScript("fixtures/monthly_yoy_returns.sql");
            warehouse.execute("update fact_seizure_line set items = 4 where line_key = 2");

            assertThat(offendingRows(warehouse, "db/warehouse/tables/assert_fact_seizure_line_has_one_measure.sql"))
                    .singleElement().satisfies(row -> assertThat(row).containsEntry("line_key", 2L));
        }
    }

    @Test
    void referenceAssertionReportsAMissingDimensionRow() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.runScript("fixtures/monthly_yoy_returns.sql");
            warehouse.execute("update fact_seizure_line set unit_key = 999 where line_key = 3");

            assertThat(offendingRows(warehouse, "db/warehouse/tables/assert_fact_seizure_line_references_dimensions.sql"))
                    .singleElement().satisfies(row -> assertThat(row).containsEntry("line_key", 3L)
                            .containsEntry("key_column", "unit_key"));
        }
    }

    @Test
    void oneCurrentAssertionReportsTwoLoadedVersionsOfAReturn() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.runScript("fixtures/monthly_yoy_returns.sql");
            warehouse.execute("update dim_submission set status = 'loaded' where submission_key = 4");

            assertThat(offendingRows(warehouse, "db/warehouse/tables/assert_dim_submission_one_current_per_return.sql"))
                    .singleElement().satisfies(row -> assertThat(row).containsEntry("reporting_iso3", "FRA")
                            .containsEntry("loaded_submissions", 2L));
        }
    }

    @Test
    void freshnessAssertionReportsStatisticsNotRefreshedAfterANewLine() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            // given
            warehouse.load("fixtures/monthly_yoy_returns.sql");
            // when
            warehouse.execute("update fact_seizure_line set mass_kg = mass_kg + 1 where line_key = 1");

            // then
            assertThat(offendingRows(warehouse, "db/warehouse/marts/assert_v_monthly_yoy_is_fresh.sql"))
                    .isNotEmpty()
                    .extracting(row -> row.get("side")).contains("stale", "missing");
        }
    }

    private static List<java.util.Map<String, Object>> offendingRows(TestWarehouse warehouse, String resource) throws Exception {
        return warehouse.query(SqlResource.read(resource));
    }

    private static List<String> assertionFiles() throws URISyntaxException, java.io.IOException {
        URL root = WarehouseAssertionsTests.class.getClassLoader().getResource("db/warehouse");
        Path rootPath = Path.of(root.toURI());
        Path classpathRoot = rootPath.getParent().getParent();
        try (Stream<Path> files = Files.walk(rootPath)) {
            return files.filter(path -> path.getFileName().toString().matches("assert_.*\\.sql"))
                    .map(path -> classpathRoot.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }
}
