package org.customs.seizures.reports.yoy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.YearMonth;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonthlyStatisticsTests {

    @TempDir
    Path folder;

    private YoyWarehouse warehouse;

    @BeforeEach
    void given() throws Exception {
        warehouse = YoyWarehouse.create(folder);
        JuneOf2019.insertInto(warehouse);
    }

    @AfterEach
    void closeWarehouse() throws Exception {
        warehouse.close();
    }

    @Test
    void readsTheReportRowsOfTheMonthInReportOrder() {
        MonthlyStatistics stats = MonthlyStatistics.read(warehouse.connection(), JuneOf2019.MONTH);

        assertThat(stats.rows())
                .extracting(StatisticsRow::table, StatisticsRow::reportingIso3, StatisticsRow::domain,
                        StatisticsRow::commodityCategory)
                .containsExactly(
                        tuple(StatisticsTable.TOTAL, "ALL", "ALL", "ALL"),
                        tuple(StatisticsTable.DOMAIN, "ALL", "TIMBER", "ALL"),
                        tuple(StatisticsTable.DOMAIN, "ALL", "WILDLIFE", "ALL"),
                        tuple(StatisticsTable.CATEGORY, "ALL", "TIMBER", "ROSEWOOD"),
                        tuple(StatisticsTable.CATEGORY, "ALL", "WILDLIFE", JuneOf2019.AWKWARD_CATEGORY),
                        tuple(StatisticsTable.CATEGORY, "ALL", "WILDLIFE", "IVORY"),
                        tuple(StatisticsTable.COUNTRY, "CIV", "ALL", "ALL"),
                        tuple(StatisticsTable.COUNTRY, "KEN", "ALL", "ALL"),
                        tuple(StatisticsTable.COUNTRY, "KEN", "WILDLIFE", "ALL"),
                        tuple(StatisticsTable.COUNTRY, "ZZZ", "ALL", "ALL"));
    }

    @Test
    void keepsTheFiguresAndNullPercentagesOfTheView() {
        StatisticsRow total = MonthlyStatistics.read(warehouse.connection(), JuneOf2019.MONTH).total().orElseThrow();

        assertThat(total.figure(Measure.CASES))
                .isEqualTo(new Comparison(12.0, 10.0, 20.0, 50.0, 40.0, 25.0));
        assertThat(total.figure(Measure.MASS_KG).changePct()).isNull();
        assertThat(total.figure(Measure.MASS_KG).month()).isEqualTo(1500.5);
        assertThat(total.reportingCountries()).isEqualTo(3L);
        assertThat(total.reportingCountriesPrevious()).isEqualTo(2L);
        assertThat(total.comparable()).isFalse();
    }

    @Test
    void namesCountriesFromDimCountry() {
        MonthlyStatistics stats = MonthlyStatistics.read(warehouse.connection(), JuneOf2019.MONTH);

        assertThat(stats.rows(StatisticsTable.COUNTRY))
                .extracting(StatisticsRow::countryLabel)
                .containsExactly("Côte d'Ivoire", "Kenya", "Kenya", JuneOf2019.FORMULA_LIKE_NAME);
        assertThat(stats.total().orElseThrow().countryName()).isNull();
    }

    @Test
    void givesAnEmptyResultForAMonthWithoutData() {
        MonthlyStatistics stats = MonthlyStatistics.read(warehouse.connection(), YearMonth.of(2021, 3));

        assertThat(stats.isEmpty()).isTrue();
        assertThat(stats.total()).isEmpty();
        assertThat(stats.month()).isEqualTo(YearMonth.of(2021, 3));
    }

    @Test
    void saysWhichMonthItCouldNotReadWhenTheViewIsMissing() throws Exception {
        try (Connection empty = DriverManager.getConnection("jdbc:duckdb:" + folder.resolve("empty.duckdb"))) {
            assertThatThrownBy(() -> MonthlyStatistics.read(empty, JuneOf2019.MONTH))
                    .isInstanceOf(StatisticsReadException.class)
                    .hasMessageContaining("June 2019")
                    .hasMessageContaining("v_monthly_yoy");
        }
    }
}
