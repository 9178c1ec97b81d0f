package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link StatisticsMart#refreshChanges}: after a run that adds or supersedes returns, recomputing only the months
 * from the first one changed gives exactly what a full refresh gives ({@code except all} both ways empty); it
 * refreshes whole when it cannot know what changed or when the months would not fit.
 */
class StatisticsMartIncrementalTests {

    private static final String LINES = "fixtures/incremental/lines_of_new_submissions.sql";

    @TempDir
    Path dir;

    @Test
    void secondLoadRecomputesFromItsFirstMonthAndEqualsAFullRefresh() throws Exception {
        try (TestWarehouse warehouse = historyRefreshedWhole()) {
            // given
            long storedBefore = warehouse.count("select count(*) from mart_monthly_yoy where \"month\" < date '2024-01-01'");
            arrive(warehouse, "fixtures/incremental/second_load.sql");

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.whole()).isFalse();
            assertThat(refreshed.since()).isEqualTo(LocalDate.of(2024, 1, 1)); // KEN's late February has a January line
            assertEqualsAFullRefresh(warehouse);
            assertThat(warehouse.count("select count(*) from mart_monthly_yoy where \"month\" < date '2024-01-01'"))
                    .isEqualTo(storedBefore).isPositive();
            assertThat(warehouse.count("select count(*) from mart_monthly_yoy where \"month\" = date '2024-06-01'"))
                    .isPositive();
            assertThat(warehouse.count("select count(*) from mart_monthly_yoy where \"month\" = date '2024-03-01'"
                    + " and reporting_iso3 = 'KEN' and reporting_countries = 1")).isPositive();
            assertThat(warehouse.count("select count(*) from mart_monthly_yoy where \"month\" = date '2024-06-01'"
                    + " and commodity_category = 'MARINE'")).as("a category seen only in 2022").isPositive();
        }
    }

    @Test
    void aReplacedJanuaryReturnRecomputesItsYearAndTheNextAndEqualsAFullRefresh() throws Exception {
        try (TestWarehouse warehouse = historyRefreshedWhole()) {
            // given
            arrive(warehouse, "fixtures/incremental/late_january.sql");

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.whole()).isFalse();
            assertThat(refreshed.since()).isEqualTo(LocalDate.of(2022, 12, 1)); // a line dated in the month before
            assertEqualsAFullRefresh(warehouse);
        }
    }

    @Test
    void aNewReportingCountryRefreshesWholeAndEqualsAFullRefresh() throws Exception {
        try (TestWarehouse warehouse = historyRefreshedWhole()) {
            // given
            arrive(warehouse, "fixtures/incremental/new_country.sql");

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.whole()).isTrue();
            assertEqualsAFullRefresh(warehouse);
            assertThat(warehouse.count("select count(*) from mart_monthly_yoy where \"month\" = date '2022-01-01'"
                    + " and reporting_iso3 = 'NGA'")).isPositive();
            assertThat(warehouse.count("select count(*) from duckdb_tables()"
                    + " where temporary and table_name = 'mart_monthly_yoy_fresh'")).isZero();
        }
    }

    @Test
    void aCommodityMovedToAnotherCategoryRefreshesWholeAndEqualsAFullRefresh() throws Exception {
        try (TestWarehouse warehouse = historyRefreshedWhole()) {
            // given: new reference data moves rosewood (lines in every year) to another category, and a run
            warehouse.execute("update dim_commodity set category = 'PRECIOUS_WOOD' where commodity_code = 'ROSEWOOD'");
            arrive(warehouse, "fixtures/incremental/second_load.sql");

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.whole()).isTrue();
            assertEqualsAFullRefresh(warehouse);
        }
    }

    @Test
    void aSecondRefreshWithoutChangesRewritesNothing() throws Exception {
        try (TestWarehouse warehouse = historyRefreshedWhole()) {
            // given
            arrive(warehouse, "fixtures/incremental/second_load.sql");
            StatisticsMart.refreshChanges(warehouse.connection());

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.unchanged()).isTrue();
            assertEqualsAFullRefresh(warehouse);
        }
    }

    @Test
    void withoutARecordOfTheLastRefreshItRefreshesWhole() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            // given: rows loaded, the mart never refreshed since the migration (its basis is empty)
            warehouse.runScript("fixtures/incremental/history.sql");
            warehouse.runScript(LINES);

            // when
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(warehouse.connection());

            // then
            assertThat(refreshed.whole()).isTrue();
            assertEqualsAFullRefresh(warehouse);
        }
    }

    /** The history (with a category seen only in 2022), refreshed whole as a first run does. */
    private TestWarehouse historyRefreshedWhole() throws Exception {
        TestWarehouse warehouse = TestWarehouse.migrated(dir);
        warehouse.runScript("fixtures/incremental/history.sql");
        warehouse.runScript(LINES);
        warehouse.runScript("fixtures/incremental/marine_case_of_2022.sql");
        StatisticsMart.refresh(warehouse.connection());
        return warehouse;
    }

    /** A run: its submissions and lines arrive, then the versions are resolved (a later version supersedes). */
    private static void arrive(TestWarehouse warehouse, String submissions) throws Exception {
        warehouse.runScript(submissions);
        warehouse.runScript(LINES);
        SubmissionVersions.resolveVersions(warehouse.connection());
    }

    private static void assertEqualsAFullRefresh(TestWarehouse warehouse) throws Exception {
        assertThat(warehouse.count("select count(*) from (select * from mart_monthly_yoy except all"
                + " select * from monthly_yoy_as_of(null))")).as("stored rows a full refresh would not give").isZero();
        assertThat(warehouse.count("select count(*) from (select * from monthly_yoy_as_of(null) except all"
                + " select * from mart_monthly_yoy)")).as("rows of a full refresh not stored").isZero();
    }
}
