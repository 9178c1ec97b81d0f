package org.customs.seizures.reports.yoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.customs.seizures.warehouse.StatisticsMart;
import org.customs.seizures.warehouse.WarehouseSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statistics as they stand now are read from the materialised {@code v_monthly_yoy} (cheap), a vintage is
 * recomputed from the lines by {@code monthly_yoy_as_of}: on a real warehouse, after the refresh every run ends
 * with, both give the same rows and year-to-date series for every month.
 */
class MonthlyStatisticsVintageTests {

    /** Later than every submission of the fixture: the vintage then is the warehouse as it stands. */
    private static final LocalDateTime AFTER_EVERY_RETURN = LocalDateTime.of(2100, 1, 1, 0, 0);

    /**
     * Lines dated before the first period (nothing a year earlier); a January with a year earlier; a month
     * reported in two versions (and after a nil return in its year); the last period.
     */
    private static final List<YearMonth> MONTHS_WITH_A_QUIRK = List.of(YearMonth.of(2021, 12),
            YearMonth.of(2023, 1), YearMonth.of(2023, 9), YearMonth.of(2024, 6));

    @TempDir
    static Path folder;

    private static Connection connection;

    @BeforeAll
    static void loadThirtyMonthsOfReturns() throws Exception {
        String url = "jdbc:duckdb:" + folder.resolve("warehouse.duckdb")
                + ";autoinstall_known_extensions=false;autoload_known_extensions=false";
        WarehouseSchema.migrate(url);
        connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute(fixture("/fixtures/thirty_months_of_returns.sql"));
        }
        StatisticsMart.refresh(connection);
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
    }

    @Test
    void readingNowGivesTheRowsOfTheVintageAfterEveryReturn() {
        // each vintage recomputes every month from every line: a chosen few months, each with its quirk
        for (YearMonth month : MONTHS_WITH_A_QUIRK) {
            // given: the fixture's returns are for 2022-01 to 2024-06 (some lines are dated in 2021-12)
            boolean returned = !month.isBefore(YearMonth.of(2022, 1)) && !month.isAfter(YearMonth.of(2024, 6));

            // when
            MonthlyStatistics now = MonthlyStatistics.read(connection, month);
            MonthlyStatistics vintage = MonthlyStatistics.read(connection, month, AFTER_EVERY_RETURN);

            // then
            assertThat(now.rows()).as("rows of %s", month).isEqualTo(vintage.rows());
            assertThat(now.yearToDate()).as("year to date of %s", month).isEqualTo(vintage.yearToDate());
            if (returned) {
                assertThat(now.isEmpty()).as("%s without statistics", month).isFalse();
            }
            assertThat(now.asOf()).isNull();
        }
    }

    @Test
    void readingNowAMonthAfterTheLastReturnGivesNoStatistics() {
        // when
        MonthlyStatistics july = MonthlyStatistics.read(connection, YearMonth.of(2024, 7));

        // then
        assertThat(july.isEmpty()).isTrue();
        assertThat(july.yearToDate()).extracting(MonthTotals::month).last().isEqualTo(YearMonth.of(2024, 6));
    }

    @Test
    void readingNowShowsEveryReportTableAndTheYearToDateOfTheMonth() {
        // when
        MonthlyStatistics june = MonthlyStatistics.read(connection, YearMonth.of(2024, 6));

        // then
        for (StatisticsTable table : StatisticsTable.values()) {
            assertThat(june.rows(table)).as("rows of %s", table).isNotEmpty();
        }
        assertThat(june.yearToDate()).extracting(MonthTotals::month)
                .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3),
                        YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
        assertThat(june.total().orElseThrow().reportingCountries()).isEqualTo(4L);
    }

    private static String fixture(String resource) throws IOException {
        try (InputStream in = MonthlyStatisticsVintageTests.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
