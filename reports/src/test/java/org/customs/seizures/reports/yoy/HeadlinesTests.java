package org.customs.seizures.reports.yoy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.customs.seizures.reports.operations.OperationResults;
import org.junit.jupiter.api.Test;

class HeadlinesTests {

    private static final YearMonth OCTOBER = YearMonth.of(2019, 10);

    @Test
    void saysHowMuchFewerCasesAndLessTonnageThanAYearEarlier() {
        // given
        StatisticsRow total = row(StatisticsTable.TOTAL, "ALL", true,
                cases(40, 50, 385, 500), mass(4_000, 5_000, 48_000_000, 100_000_000));
        StatisticsRow waste = row(StatisticsTable.DOMAIN, "WASTE", true,
                cases(40, 50, 385, 500), mass(4_000, 5_000, 48_000_000, 100_000_000));

        // when
        List<String> headlines = Headlines.of(statistics(true, total, waste));

        // then
        assertThat(headlines).containsExactly(
                "October 2019: 40 seizure cases, 20.0% fewer than in October 2018; 4 t, 20.0% less than in October 2018.",
                "January–October 2019: 385 seizure cases, 23.0% fewer than in January–October 2018;"
                        + " 48,000 t, 52.0% less than in January–October 2018.",
                "January–October 2019: 385 waste cases, 23.0% fewer than in January–October 2018;"
                        + " 48,000 t of waste, 52.0% less than in January–October 2018.");
    }

    @Test
    void flagsFiguresWhoseCountriesDifferedAndSaysWhenThereIsNoBaseline() {
        // given: the month is not comparable, and no cases a year earlier
        StatisticsRow total = row(StatisticsTable.TOTAL, "ALL", false, cases(3, 0, 3, 0), volume(2.5, 0, 2.5, 0));

        // when
        List<String> headlines = Headlines.of(statistics(true, total));

        // then
        assertThat(headlines.get(0)).isEqualTo("October 2019: 3 seizure cases, none in October 2018;"
                + " 2.5 m³, none in October 2018. " + Headlines.NOT_COMPARABLE + ".");
    }

    @Test
    void flagsTheYearToDateWhenAnEarlierMonthWasNotComparable() {
        // given: October is comparable, but an earlier month of the year was not
        StatisticsRow total = row(StatisticsTable.TOTAL, "ALL", true, cases(10, 10, 50, 40), mass(0, 0, 0, 0));

        // when
        List<String> headlines = Headlines.of(statistics(false, total));

        // then
        assertThat(headlines.get(0)).isEqualTo("October 2019: 10 seizure cases, as many as in October 2018.");
        assertThat(headlines.get(1)).isEqualTo("January–October 2019: 50 seizure cases, 25.0% more than in"
                + " January–October 2018. " + Headlines.NOT_COMPARABLE + ".");
    }

    private static MonthlyStatistics statistics(boolean earlierMonthsComparable, StatisticsRow... rows) {
        MonthTotals january = new MonthTotals(YearMonth.of(2019, 1), Map.of(), Map.of(), 2, 3, earlierMonthsComparable);
        return new MonthlyStatistics(OCTOBER, List.of(rows), List.of(january), new OperationResults(List.of(), null), null);
    }

    private static Map.Entry<Measure, Comparison> cases(double month, double previous, double ytd, double ytdPrevious) {
        return figure(Measure.CASES, month, previous, ytd, ytdPrevious);
    }

    private static Map.Entry<Measure, Comparison> mass(double month, double previous, double ytd, double ytdPrevious) {
        return figure(Measure.MASS_KG, month, previous, ytd, ytdPrevious);
    }

    private static Map.Entry<Measure, Comparison> volume(double month, double previous, double ytd, double ytdPrevious) {
        return figure(Measure.VOLUME_M3, month, previous, ytd, ytdPrevious);
    }

    private static Map.Entry<Measure, Comparison> figure(Measure measure, double month, double previous, double ytd,
            double ytdPrevious) {
        return Map.entry(measure, new Comparison(month, previous, null, ytd, ytdPrevious, null));
    }

    @SafeVarargs
    private static StatisticsRow row(StatisticsTable table, String domain, boolean comparable,
            Map.Entry<Measure, Comparison>... given) {
        Map<Measure, Comparison> figures = new EnumMap<>(Measure.class);
        for (Measure measure : Measure.values()) {
            figures.put(measure, new Comparison(0.0, 0.0, null, 0.0, 0.0, null));
        }
        for (Map.Entry<Measure, Comparison> entry : given) {
            figures.put(entry.getKey(), entry.getValue());
        }
        return new StatisticsRow(table, "ALL", null, domain, "ALL", figures, 2L, 2L, comparable);
    }
}
