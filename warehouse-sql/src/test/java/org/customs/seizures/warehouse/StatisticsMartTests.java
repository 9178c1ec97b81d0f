package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mart_monthly_yoy, read by v_monthly_yoy: filled by StatisticsMart.refresh, in the caller's transaction. */
class StatisticsMartTests {

    private static final String JANUARY_2024_TOTAL_KG =
            "select mass_kg from v_monthly_yoy where \"month\" = date '2024-01-01'"
                    + " and reporting_iso3 = 'ALL' and domain = 'ALL' and commodity_category = 'ALL'";

    @TempDir
    Path dir;

    @Test
    void refreshShowsLinesChangedSinceTheLastRefresh() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            // given
            warehouse.load("fixtures/monthly_yoy_returns.sql");
            double before = ((Number) warehouse.single(JANUARY_2024_TOTAL_KG)).doubleValue();
            warehouse.execute("update fact_seizure_line set mass_kg = mass_kg + 1 where line_key = 2");

            // when
            StatisticsMart.refresh(warehouse.connection());

            // then
            assertThat(((Number) warehouse.single(JANUARY_2024_TOTAL_KG)).doubleValue()).isEqualTo(before + 1);
            assertThat(warehouse.count("select count(*) from (select * from v_monthly_yoy except all"
                    + " select * from monthly_yoy_as_of(null))")).isZero();
            assertThat(warehouse.count("select count(*) from (select * from monthly_yoy_as_of(null) except all"
                    + " select * from v_monthly_yoy)")).isZero();
        }
    }

    @Test
    void refreshRolledBackWithItsTransactionLeavesThePreviousStatistics() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            // given
            warehouse.load("fixtures/monthly_yoy_returns.sql");
            long rows = warehouse.count("select count(*) from v_monthly_yoy");
            Connection connection = warehouse.connection();
            connection.setAutoCommit(false);

            // when
            warehouse.execute("delete from fact_seizure_line");
            warehouse.execute("delete from dim_submission");
            StatisticsMart.refresh(connection);
            long refreshedRows = warehouse.count("select count(*) from v_monthly_yoy");
            connection.rollback();
            connection.setAutoCommit(true);

            // then
            assertThat(refreshedRows).isZero();
            assertThat(warehouse.count("select count(*) from v_monthly_yoy")).isEqualTo(rows).isPositive();
        }
    }
}
