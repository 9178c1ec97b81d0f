package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Vintages: given the returns of fixtures/monthly_yoy_returns.sql (see MonthlyYoyTests), monthly_yoy_as_of(d)
 * gives the statistics as they stood at d. FRA's March 2024 return: v1 (1000 kg of plastic waste) received
 * 2024-04-05, replaced by v2 (1 kg ivory, 2 worked ivory items) received 2024-04-20. KEN's January 2024
 * return arrived 2024-02-10 10:00, DEU's nil return 2024-02-11.
 */
class MonthlyYoyAsOfTests {

    @TempDir
    static Path dir;

    private static TestWarehouse warehouse;

    @BeforeAll
    static void givenTheFixtureReturns() throws Exception {
        warehouse = TestWarehouse.migrated(dir);
        warehouse.load("fixtures/monthly_yoy_returns.sql");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void countsAReturnSupersededLaterAsItStoodBeforeItsReplacementArrived() throws Exception {
        // when
        Map<String, Object> before = row(LocalDateTime.of(2024, 4, 10, 0, 0), "2024-03", "FRA", "ALL", "ALL");

        // then
        assertThat(before).containsEntry("lines", 1L).containsEntry("cases", 1L).containsEntry("mass_kg", 1000.0)
                .containsEntry("items", 0.0).containsEntry("reporting_countries", 1L);
        assertThat(row(LocalDateTime.of(2024, 4, 10, 0, 0), "2024-03", "ALL", "WASTE", "ALL"))
                .containsEntry("cases", 1L).containsEntry("mass_kg", 1000.0);
    }

    @Test
    void countsTheReplacementOnceItArrived() throws Exception {
        // when
        Map<String, Object> after = row(LocalDateTime.of(2024, 4, 20, 10, 0), "2024-03", "FRA", "ALL", "ALL");

        // then
        assertThat(after).containsEntry("lines", 2L).containsEntry("cases", 2L).containsEntry("mass_kg", 1.0)
                .containsEntry("items", 2.0);
        assertThat(warehouse.count("select count(*) from monthly_yoy_as_of(?) where domain = 'WASTE'",
                LocalDateTime.of(2024, 4, 20, 10, 0))).isZero();
    }

    @Test
    void leavesOutReturnsNotYetReceived() throws Exception {
        // given: KEN's return arrived at 10:00 on 2024-02-10, DEU's nil return the next day
        LocalDateTime asOf = LocalDateTime.of(2024, 2, 10, 12, 0);

        // when
        Map<String, Object> january = row(asOf, "2024-01", "ALL", "ALL", "ALL");

        // then
        assertThat(january).containsEntry("reporting_countries", 2L).containsEntry("cases", 3L)
                .containsEntry("comparable", false);
        assertThat(warehouse.single("select max(\"month\") from monthly_yoy_as_of(?)", asOf))
                .isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(warehouse.count("select count(*) from monthly_yoy_as_of(?) where reporting_iso3 = 'DEU'", asOf)).isZero();
        assertThat(warehouse.count("select count(*) from monthly_yoy_as_of(timestamp '2023-01-01 00:00:00')")).isZero();
    }

    @Test
    void isTheViewWhenAsOfIsNowOrNull() throws Exception {
        for (String asOf : List.of("null::timestamp", "current_localtimestamp()")) {
            assertThat(warehouse.count("select count(*) from (select * from v_monthly_yoy except all"
                    + " select * from monthly_yoy_as_of(" + asOf + "))")).as(asOf).isZero();
            assertThat(warehouse.count("select count(*) from (select * from monthly_yoy_as_of(" + asOf + ")"
                    + " except all select * from v_monthly_yoy)")).as(asOf).isZero();
        }
        assertThat(warehouse.count("select count(*) from v_monthly_yoy")).isPositive();
    }

    private static Map<String, Object> row(LocalDateTime asOf, String month, String iso3, String domain, String category)
            throws Exception {
        List<Map<String, Object>> rows = warehouse.query("select * from monthly_yoy_as_of(?) where \"month\" = ?"
                        + " and reporting_iso3 = ? and domain = ? and commodity_category = ?",
                asOf, LocalDate.parse(month + "-01"), iso3, domain, category);
        assertThat(rows).as("rows of monthly_yoy_as_of(%s) for %s %s %s %s", asOf, month, iso3, domain, category).hasSize(1);
        return rows.get(0);
    }
}
