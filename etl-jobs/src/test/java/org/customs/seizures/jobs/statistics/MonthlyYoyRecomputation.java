package org.customs.seizures.jobs.statistics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code v_monthly_yoy} recomputed in plain Java from what was sent (a {@link SampleSeizures}),
 * following {@code shared/spec/warehouse.md}: one row per month (first to last month with data, no
 * gaps) x reporting country x domain x category, each possibly 'ALL'; measures rounded to 6
 * decimals, percentages to 1 decimal (half away from zero, as DuckDB's {@code round}).
 */
final class MonthlyYoyRecomputation {

    static final String ALL = "ALL";
    private static final String[] MEASURES = {"cases", "lines", "mass_kg", "volume_m3", "items"};

    private record Combination(String reportingIso3, String domain, String category) {
    }

    private MonthlyYoyRecomputation() {
    }

    /** The expected rows keyed by {@link #key}, each column name to its value (Long, Double, Boolean, String or null). */
    static Map<String, Map<String, Object>> rows(SampleSeizures seizures) {
        Map<Combination, List<SampleSeizures.Line>> byCombination = new HashMap<>();
        for (SampleSeizures.Line line : seizures.lines()) {
            for (String iso3 : new String[] {line.reportingIso3(), ALL}) {
                for (String domain : new String[] {line.domain(), ALL}) {
                    for (String category : new String[] {line.category(), ALL}) {
                        byCombination.computeIfAbsent(new Combination(iso3, domain, category), c -> new ArrayList<>())
                                .add(line);
                    }
                }
            }
        }
        Set<SampleSeizures.CountryMonth> reported = new HashSet<>(seizures.currentReturns());
        for (SampleSeizures.CountryMonth countryMonth : reported) {
            byCombination.putIfAbsent(new Combination(countryMonth.reportingIso3(), ALL, ALL), List.of());
        }
        byCombination.putIfAbsent(new Combination(ALL, ALL, ALL), List.of());

        List<YearMonth> dataMonths = new ArrayList<>();
        seizures.lines().forEach(line -> dataMonths.add(line.month()));
        reported.forEach(countryMonth -> dataMonths.add(countryMonth.period()));
        YearMonth first = dataMonths.stream().min(YearMonth::compareTo).orElseThrow();
        YearMonth last = dataMonths.stream().max(YearMonth::compareTo).orElseThrow();

        Map<String, Map<String, Object>> rows = new TreeMap<>();
        for (Map.Entry<Combination, List<SampleSeizures.Line>> entry : byCombination.entrySet()) {
            Combination combination = entry.getKey();
            for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
                rows.put(key(month.toString(), combination.reportingIso3(), combination.domain(), combination.category()),
                        row(month, combination, entry.getValue(), reported));
            }
        }
        return rows;
    }

    static String key(String month, String reportingIso3, String domain, String category) {
        return month + " " + reportingIso3 + "/" + domain + "/" + category;
    }

    private static Map<String, Object> row(YearMonth month, Combination combination, List<SampleSeizures.Line> lines,
                                           Set<SampleSeizures.CountryMonth> reported) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("month", month.toString());
        row.put("reporting_iso3", combination.reportingIso3());
        row.put("domain", combination.domain());
        row.put("commodity_category", combination.category());
        Object[] now = monthly(lines, month);
        Object[] prev = monthly(lines, month.minusYears(1));
        Object[] ytd = yearToDate(lines, month);
        Object[] ytdPrev = yearToDate(lines, month.minusYears(1));
        for (int i = 0; i < MEASURES.length; i++) {
            String measure = MEASURES[i];
            row.put(measure, now[i]);
            row.put(measure + "_prev", prev[i]);
            row.put(measure + "_yoy_pct", yoyPct((Number) now[i], (Number) prev[i]));
            row.put(measure + "_ytd", ytd[i]);
            row.put(measure + "_ytd_prev", ytdPrev[i]);
            row.put(measure + "_ytd_yoy_pct", yoyPct((Number) ytd[i], (Number) ytdPrev[i]));
        }
        Set<String> countries = countries(reported, combination.reportingIso3(), month);
        Set<String> countriesBefore = countries(reported, combination.reportingIso3(), month.minusYears(1));
        row.put("reporting_countries", (long) countries.size());
        row.put("reporting_countries_prev", (long) countriesBefore.size());
        row.put("comparable", !countries.isEmpty() && countries.equals(countriesBefore));
        return row;
    }

    /** cases, lines, mass_kg, volume_m3, items of the lines seized in that month. */
    private static Object[] monthly(List<SampleSeizures.Line> lines, YearMonth month) {
        return figures(lines, line -> line.month().equals(month));
    }

    /**
     * From January to that month: distinct cases over the whole window; lines and measures as the sum of
     * the (rounded) monthly figures, rounded again.
     */
    private static Object[] yearToDate(List<SampleSeizures.Line> lines, YearMonth month) {
        Object[] ytd = figures(lines, line -> line.month().getYear() == month.getYear() && !line.month().isAfter(month));
        long lineCount = 0;
        double[] sums = new double[3];
        for (YearMonth m = YearMonth.of(month.getYear(), 1); !m.isAfter(month); m = m.plusMonths(1)) {
            Object[] monthly = monthly(lines, m);
            lineCount += (Long) monthly[1];
            for (int i = 0; i < 3; i++) {
                sums[i] += (Double) monthly[2 + i];
            }
        }
        return new Object[] {ytd[0], lineCount, round(sums[0], 6), round(sums[1], 6), round(sums[2], 6)};
    }

    private static Object[] figures(List<SampleSeizures.Line> lines, Predicate<SampleSeizures.Line> selected) {
        Set<String> cases = new HashSet<>();
        long count = 0;
        double mass = 0;
        double volume = 0;
        double items = 0;
        for (SampleSeizures.Line line : lines) {
            if (selected.test(line)) {
                cases.add(line.caseKey());
                count++;
                mass += line.massKg();
                volume += line.volumeM3();
                items += line.items();
            }
        }
        return new Object[] {(long) cases.size(), count, round(mass, 6), round(volume, 6), round(items, 6)};
    }

    private static Set<String> countries(Set<SampleSeizures.CountryMonth> reported, String reportingIso3, YearMonth month) {
        Set<String> countries = new HashSet<>();
        for (SampleSeizures.CountryMonth countryMonth : reported) {
            if (countryMonth.period().equals(month)
                    && (ALL.equals(reportingIso3) || countryMonth.reportingIso3().equals(reportingIso3))) {
                countries.add(countryMonth.reportingIso3());
            }
        }
        return countries;
    }

    /** round(100 * (x - prev) / prev, 1); null when prev is 0. */
    static Double yoyPct(Number x, Number prev) {
        if (prev.doubleValue() == 0) {
            return null;
        }
        return round(100 * (x.doubleValue() - prev.doubleValue()) / prev.doubleValue(), 1);
    }

    /** Half away from zero, as DuckDB rounds a DOUBLE (std::round(x * 10^d) / 10^d). */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.signum(value) * Math.floor(Math.abs(value) * scale + 0.5) / scale;
    }
}
