package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Given the returns of fixtures/operation_returns.sql, expected rows of v_operation_results, and measures
 * of v_monthly_yoy free of floating-point noise. THUNDERBALL2019: FRA case O1 (0.1 kg raw ivory + 3 worked
 * ivory items), FRA case O2 (0.2 kg raw ivory), KEN case O1 (2 m3 rosewood + 0.7 kg raw ivory, from a
 * regular return); FRA case R1 (5 kg pangolin scales) is in no operation.
 */
class OperationResultsTests {

    @TempDir
    static Path dir;

    private static TestWarehouse warehouse;

    @BeforeAll
    static void givenTheFixtureReturns() throws Exception {
        warehouse = TestWarehouse.migrated(dir);
        warehouse.load("fixtures/operation_returns.sql");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void totalsAnOperationOverItsCountriesCountingEachCountrysCaseApart() throws Exception {
        // when
        Map<String, Object> total = row("ALL", "ALL", "ALL");

        // then
        assertThat(total).containsEntry("operation_name", "Operation Thunderball")
                .containsEntry("cases", 3L).containsEntry("lines", 5L)
                .containsEntry("mass_kg", 1.0).containsEntry("volume_m3", 2.0).containsEntry("items", 3.0)
                .containsEntry("reporting_countries", 2L)
                .containsEntry("first_seizure_date", LocalDate.of(2019, 6, 5))
                .containsEntry("last_seizure_date", LocalDate.of(2019, 6, 25));
    }

    @Test
    void givesEachCountrysResultsByDomainAndCategory() throws Exception {
        assertThat(row("FRA", "ALL", "ALL")).containsEntry("cases", 2L).containsEntry("lines", 3L)
                .containsEntry("mass_kg", 0.3).containsEntry("items", 3.0).containsEntry("volume_m3", 0.0);
        assertThat(row("KEN", "TIMBER", "TIMBER")).containsEntry("cases", 1L).containsEntry("volume_m3", 2.0);
        assertThat(row("KEN", "WILDLIFE", "IVORY")).containsEntry("cases", 1L).containsEntry("mass_kg", 0.7);
        assertThat(row("ALL", "WILDLIFE", "IVORY")).containsEntry("cases", 3L).containsEntry("lines", 4L)
                .containsEntry("mass_kg", 1.0).containsEntry("items", 3.0);
        // KEN's O1 counts once in TIMBER, once in WILDLIFE and once in the total: categories do not add up
        assertThat(row("ALL", "TIMBER", "ALL")).containsEntry("cases", 1L);
    }

    @Test
    void leavesOutLinesOfNoOperation() throws Exception {
        assertThat(warehouse.count("select count(*) from v_operation_results where commodity_category = 'PANGOLIN'")).isZero();
        assertThat(warehouse.query("select distinct operation_code from v_operation_results"))
                .extracting(r -> r.get("operation_code")).containsExactly("THUNDERBALL2019");
    }

    @Test
    void roundsMeasureSumsSoThatNoBinaryNoiseShows() throws Exception {
        // 0.1 + 0.2 is 0.30000000000000004 in binary floating point
        List<Map<String, Object>> rows = warehouse.query("select mass_kg, mass_kg_ytd from v_monthly_yoy"
                + " where \"month\" = date '2019-06-01' and reporting_iso3 = 'FRA' and domain = 'WILDLIFE'"
                + " and commodity_category = 'IVORY'");

        assertThat(rows).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("mass_kg", 0.3).containsEntry("mass_kg_ytd", 0.3));
        assertThat(warehouse.single("select mass_kg from v_monthly_yoy where \"month\" = date '2019-06-01'"
                + " and reporting_iso3 = 'ALL' and domain = 'ALL' and commodity_category = 'ALL'")).isEqualTo(6.0);
    }

    private static Map<String, Object> row(String iso3, String domain, String category) throws Exception {
        List<Map<String, Object>> rows = warehouse.query("select * from v_operation_results where operation_code = ?"
                + " and reporting_iso3 = ? and domain = ? and commodity_category = ?",
                "THUNDERBALL2019", iso3, domain, category);
        assertThat(rows).as("rows of v_operation_results for %s %s %s", iso3, domain, category).hasSize(1);
        return rows.get(0);
    }
}
