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
 * Given the returns of fixtures/monthly_yoy_returns.sql, expected rows of v_monthly_yoy.
 * FRA: 2023-01 case F1 (10 kg ivory); 2023-03 nil return; 2024-01 case F2 (15 kg ivory + 5 kg pangolin scales)
 * and case F3 (2 m3 rosewood); 2024-03 v1 superseded (1000 kg plastic waste), v2 current: case F2 again (1 kg
 * ivory) and case F4 (2 worked ivory items). KEN: 2024-01 case K1 (3 kg ivory). DEU: 2024-01 nil return.
 */
class MonthlyYoyTests {

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
    void comparesAMonthWithTheSameMonthAYearEarlier() throws Exception {
        Map<String, Object> row = row("2024-01", "FRA", "ALL", "ALL");

        assertThat(row).containsEntry("cases", 2L).containsEntry("cases_prev", 1L).containsEntry("cases_yoy_pct", 100.0)
                .containsEntry("lines", 3L).containsEntry("lines_prev", 1L).containsEntry("lines_yoy_pct", 200.0)
                .containsEntry("mass_kg", 20.0).containsEntry("mass_kg_prev", 10.0).containsEntry("mass_kg_yoy_pct", 100.0);
    }

    @Test
    void givesNoPercentageAgainstAZeroBaseline() throws Exception {
        Map<String, Object> row = row("2024-01", "FRA", "ALL", "ALL");

        assertThat(row).containsEntry("volume_m3", 2.0).containsEntry("volume_m3_prev", 0.0)
                .containsEntry("volume_m3_yoy_pct", null)
                .containsEntry("items", 0.0).containsEntry("items_prev", 0.0).containsEntry("items_yoy_pct", null);
        assertThat(row("2024-01", "KEN", "ALL", "ALL"))
                .containsEntry("cases", 1L).containsEntry("cases_prev", 0L).containsEntry("cases_yoy_pct", null);
    }

    @Test
    void countsACaseOnceInEachOfItsCategoriesAndOnceInAll() throws Exception {
        assertThat(row("2024-01", "FRA", "WILDLIFE", "IVORY")).containsEntry("cases", 1L).containsEntry("mass_kg", 15.0);
        assertThat(row("2024-01", "FRA", "WILDLIFE", "PANGOLIN")).containsEntry("cases", 1L).containsEntry("mass_kg", 5.0);
        assertThat(row("2024-01", "FRA", "WILDLIFE", "ALL")).containsEntry("cases", 1L).containsEntry("lines", 2L)
                .containsEntry("mass_kg", 20.0);
        assertThat(row("2024-01", "FRA", "ALL", "PANGOLIN")).containsEntry("cases", 1L);
        assertThat(row("2024-01", "ALL", "ALL", "IVORY")).containsEntry("cases", 2L).containsEntry("mass_kg", 18.0);
        assertThat(row("2024-01", "ALL", "ALL", "ALL")).containsEntry("cases", 3L).containsEntry("lines", 4L)
                .containsEntry("mass_kg", 23.0).containsEntry("volume_m3", 2.0);
    }

    @Test
    void fillsMonthsWithoutSeizuresWithZeros() throws Exception {
        assertThat(warehouse.query("select distinct \"month\" from v_monthly_yoy order by 1"))
                .extracting(r -> r.get("month"))
                .containsExactlyElementsOf(LocalDate.of(2023, 1, 1).datesUntil(LocalDate.of(2024, 4, 1), java.time.Period.ofMonths(1)).toList());
        assertThat(warehouse.count("select count(*) from v_monthly_yoy where reporting_iso3 = 'FRA' and domain = 'WILDLIFE' and commodity_category = 'PANGOLIN'"))
                .isEqualTo(15);
        assertThat(row("2023-06", "FRA", "WILDLIFE", "PANGOLIN"))
                .containsEntry("cases", 0L).containsEntry("lines", 0L).containsEntry("mass_kg", 0.0)
                .containsEntry("volume_m3", 0.0).containsEntry("items", 0.0)
                .containsEntry("cases_ytd", 0L).containsEntry("reporting_countries", 0L).containsEntry("comparable", false);
        assertThat(row("2023-01", "KEN", "ALL", "ALL")).containsEntry("cases", 0L).containsEntry("lines", 0L);
    }

    @Test
    void addsUpTheYearToDateAndCountsDistinctCasesOverIt() throws Exception {
        assertThat(row("2024-02", "FRA", "ALL", "ALL"))
                .containsEntry("lines", 0L)
                .containsEntry("cases_ytd", 2L).containsEntry("lines_ytd", 3L).containsEntry("mass_kg_ytd", 20.0)
                .containsEntry("cases_ytd_prev", 1L).containsEntry("mass_kg_ytd_prev", 10.0)
                .containsEntry("cases_ytd_yoy_pct", 100.0).containsEntry("mass_kg_ytd_yoy_pct", 100.0);
        // F2 (January and March), F3 (January), F4 (March): three cases, not 2 + 0 + 2
        assertThat(row("2024-03", "FRA", "ALL", "ALL"))
                .containsEntry("cases", 2L).containsEntry("cases_ytd", 3L)
                .containsEntry("lines_ytd", 5L).containsEntry("mass_kg_ytd", 21.0).containsEntry("volume_m3_ytd", 2.0)
                .containsEntry("items_ytd", 2.0).containsEntry("lines_ytd_prev", 1L).containsEntry("lines_ytd_yoy_pct", 400.0);
        assertThat(row("2024-03", "FRA", "WILDLIFE", "IVORY")).containsEntry("cases", 2L).containsEntry("cases_ytd", 2L);
        // a new year starts from zero
        assertThat(row("2023-12", "FRA", "ALL", "ALL")).containsEntry("cases_ytd", 1L).containsEntry("mass_kg_ytd", 10.0);
    }

    @Test
    void countsANilReturnAsAReportingCountry() throws Exception {
        assertThat(row("2024-01", "ALL", "ALL", "ALL"))
                .containsEntry("reporting_countries", 3L).containsEntry("reporting_countries_prev", 1L);
        assertThat(row("2024-01", "DEU", "ALL", "ALL"))
                .containsEntry("lines", 0L).containsEntry("reporting_countries", 1L).containsEntry("reporting_countries_prev", 0L);
        assertThat(row("2023-03", "FRA", "ALL", "ALL")).containsEntry("lines", 0L).containsEntry("reporting_countries", 1L);
        assertThat(row("2024-01", "FRA", "WILDLIFE", "IVORY")).containsEntry("reporting_countries", 1L);
    }

    @Test
    void isComparableOnlyWhenTheSameCountriesReportedInBothMonths() throws Exception {
        assertThat(row("2024-01", "FRA", "ALL", "ALL")).containsEntry("comparable", true);
        assertThat(row("2024-01", "KEN", "ALL", "ALL")).containsEntry("comparable", false);
        assertThat(row("2024-01", "ALL", "ALL", "ALL")).containsEntry("comparable", false);
        // 2024-03 and 2023-03: only FRA (a nil return in 2023)
        assertThat(row("2024-03", "ALL", "ALL", "ALL")).containsEntry("reporting_countries", 1L)
                .containsEntry("reporting_countries_prev", 1L).containsEntry("comparable", true);
        // nobody reported in 2024-02 nor in 2023-02
        assertThat(row("2024-02", "ALL", "ALL", "ALL")).containsEntry("reporting_countries", 0L).containsEntry("comparable", false);
    }

    @Test
    void leavesOutSupersededSubmissions() throws Exception {
        assertThat(row("2024-03", "FRA", "ALL", "ALL")).containsEntry("mass_kg", 1.0).containsEntry("lines", 2L);
        assertThat(warehouse.count("select count(*) from v_monthly_yoy where domain = 'WASTE' or commodity_category = 'WASTE'")).isZero();
        assertThat(warehouse.count("select count(*) from v_seizure_lines")).isEqualTo(7);
        assertThat(warehouse.count("select count(*) from v_seizure_lines where source_file = 'FRA_2024-03_v1.xlsx'")).isZero();
    }

    @Test
    void showsCurrentLinesWithTheirCodes() throws Exception {
        assertThat(warehouse.query("select reporting_iso3, period, seizure_date, commodity_code, commodity_category, domain,"
                        + " cites_listed, unit_code, volume_m3, origin_iso3, operation_code, source_file, source_row"
                        + " from v_seizure_lines where case_ref = 'F3'"))
                .singleElement()
                .satisfies(row -> assertThat(row)
                        .containsEntry("reporting_iso3", "FRA").containsEntry("period", LocalDate.of(2024, 1, 1))
                        .containsEntry("seizure_date", LocalDate.of(2024, 1, 20)).containsEntry("commodity_code", "ROSEWOOD")
                        .containsEntry("commodity_category", "TIMBER").containsEntry("domain", "TIMBER")
                        .containsEntry("cites_listed", true).containsEntry("unit_code", "MTQ").containsEntry("volume_m3", 2.0)
                        .containsEntry("origin_iso3", "MDG").containsEntry("operation_code", null)
                        .containsEntry("source_file", "FRA_2024-01.xlsx")
                        .containsEntry("source_row", 5));
    }

    private static Map<String, Object> row(String month, String iso3, String domain, String category) throws Exception {
        List<Map<String, Object>> rows = warehouse.query("select * from v_monthly_yoy where \"month\" = ?"
                        + " and reporting_iso3 = ? and domain = ? and commodity_category = ?",
                LocalDate.parse(month + "-01"), iso3, domain, category);
        assertThat(rows).as("rows of v_monthly_yoy for %s %s %s %s", month, iso3, domain, category).hasSize(1);
        return rows.get(0);
    }
}
