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
 * Given the returns of fixtures/cases_across_categories.sql: FRA, 2024-01 and 2024-03. Case A has ivory in January
 * and pangolin scales in March (both WILDLIFE), case B ivory in January and rosewood (TIMBER) in March, case C
 * pangolin scales in March only. A case counts once per combination it has lines in, and once in the year-to-date
 * of a combination however many of its categories it reaches in how many months.
 */
class MonthlyCasesAcrossCategoriesTests {

    @TempDir
    static Path dir;

    private static TestWarehouse warehouse;

    @BeforeAll
    static void givenCasesThatMoveBetweenCategories() throws Exception {
        warehouse = TestWarehouse.migrated(dir);
        warehouse.load("fixtures/cases_across_categories.sql");
    }

    @AfterAll
    static void close() throws Exception {
        warehouse.close();
    }

    @Test
    void countsACaseOnceInTheYearToDateOfADomainWhoseCategoriesItReachesInTwoMonths() throws Exception {
        // when
        Map<String, Object> wildlife = row("2024-03", "FRA", "WILDLIFE", "ALL");

        // then: A and C in March; A, B (January) and C over the year, A once although it is new to pangolin
        assertThat(wildlife).containsEntry("cases", 2L).containsEntry("cases_ytd", 3L);
    }

    @Test
    void countsACaseNewToACategoryInTheYearToDateOfThatCategory() throws Exception {
        // when
        Map<String, Object> pangolin = row("2024-03", "FRA", "WILDLIFE", "PANGOLIN");
        Map<String, Object> ivory = row("2024-03", "FRA", "WILDLIFE", "IVORY");
        Map<String, Object> timber = row("2024-03", "FRA", "TIMBER", "ALL");

        // then
        assertThat(pangolin).containsEntry("cases", 2L).containsEntry("cases_ytd", 2L);
        assertThat(ivory).containsEntry("cases", 0L).containsEntry("cases_ytd", 2L);
        assertThat(timber).containsEntry("cases", 1L).containsEntry("cases_ytd", 1L);
    }

    @Test
    void countsEachCaseOnceInTheTotals() throws Exception {
        // when
        Map<String, Object> country = row("2024-03", "FRA", "ALL", "ALL");
        Map<String, Object> everyCountry = row("2024-03", "ALL", "ALL", "ALL");
        Map<String, Object> january = row("2024-01", "ALL", "ALL", "ALL");

        // then
        assertThat(country).containsEntry("cases", 3L).containsEntry("cases_ytd", 3L).containsEntry("lines_ytd", 5L);
        assertThat(everyCountry).containsEntry("cases", 3L).containsEntry("cases_ytd", 3L)
                .containsEntry("mass_kg", 5.0).containsEntry("volume_m3", 1.5).containsEntry("mass_kg_ytd", 15.0);
        assertThat(january).containsEntry("cases", 2L).containsEntry("cases_ytd", 2L);
    }

    @Test
    void computesTheSameMonthsWhenOnlyTheMonthsFromOneOnAreRecomputed() throws Exception {
        // when
        long differing = warehouse.count("select count(*) from ("
                + "(select * from monthly_yoy_since_as_of(null::timestamp, date '2024-03-01')"
                + " except all select * from monthly_yoy_as_of(null::timestamp) where \"month\" >= date '2024-03-01')"
                + " union all"
                + " (select * from monthly_yoy_as_of(null::timestamp) where \"month\" >= date '2024-03-01'"
                + " except all select * from monthly_yoy_since_as_of(null::timestamp, date '2024-03-01')))");

        // then
        assertThat(differing).isZero();
    }

    private static Map<String, Object> row(String month, String iso3, String domain, String category) throws Exception {
        List<Map<String, Object>> rows = warehouse.query("select * from v_monthly_yoy where \"month\" = ?"
                        + " and reporting_iso3 = ? and domain = ? and commodity_category = ?",
                LocalDate.parse(month + "-01"), iso3, domain, category);
        assertThat(rows).as("rows of v_monthly_yoy for %s %s %s %s", month, iso3, domain, category).hasSize(1);
        return rows.get(0);
    }
}
