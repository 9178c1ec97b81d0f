package org.customs.seizures.jobs.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.operations.publish.PublishedCopy;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./seizures stats --as-of} before and after a resubmission: FRA's March 2019 return v1 (waste
 * lines) is ingested and then marked as received a week earlier (standing for "received last week": the
 * ledger takes the wall clock at ingest); v2 of the same return (fewer lines, wildlife) is ingested today.
 * The CSV read from the published copy gives v1's figures as of a day between the two, v2's now and as of
 * the day v2 arrived.
 */
class StatsAsOfFunctionalTests {

    private static final YearMonth MARCH_2019 = YearMonth.of(2019, 3);

    @TempDir
    static Path work;

    private static Path published;
    private static List<FixtureLine> firstVersion;
    private static List<FixtureLine> secondVersion;
    private static LocalDate firstReceivedOn;
    private static LocalDate secondReceivedOn;

    @BeforeAll
    static void givenAReturnResubmittedAWeekAfterItsFirstVersion() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path warehouse = work.resolve("warehouse.duckdb");
        FixtureReturns fixtures = new FixtureReturns(11);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());

        firstVersion = fixtures.wasteLines("FRA", MARCH_2019, Language.EN, 6);
        String firstFile = writer.writeInto(inbox,
                FixtureReturn.of("FRA", MARCH_2019, firstVersion).withVersion(1)).file().getFileName().toString();
        assertThat(ingest(inbox, warehouse)).isZero();
        try (Connection connection = DriverManager.getConnection(new WarehouseFile(warehouse).jdbcUrl());
             PreparedStatement lastWeek = connection.prepareStatement(sql("received_a_week_earlier.sql"))) {
            lastWeek.setString(1, firstFile);
            assertThat(lastWeek.executeUpdate()).isEqualTo(1);
        }

        secondVersion = fixtures.wildlifeLines("FRA", MARCH_2019, Language.EN, 3);
        String secondFile = writer.writeInto(inbox,
                FixtureReturn.of("FRA", MARCH_2019, secondVersion).withVersion(2)).file().getFileName().toString();
        assertThat(ingest(inbox, warehouse)).isZero();

        published = PublishedCopy.of(warehouse).path();
        firstReceivedOn = receivedOn(firstFile);
        secondReceivedOn = receivedOn(secondFile);
        assertThat(firstReceivedOn).isBefore(secondReceivedOn.minusDays(5));
    }

    @Test
    void showsTheFirstVersionAsOfADayBeforeTheResubmissionArrived() throws Exception {
        // when
        Map<String, CSVRecord> table = stats("--as-of", firstReceivedOn.plusDays(2).toString());

        // then
        assertThat(table.get("total ALL/ALL").get("lines")).isEqualTo(Integer.toString(firstVersion.size()));
        assertThat(table.get("total ALL/ALL").get("cases")).isEqualTo(Long.toString(cases(firstVersion)));
        assertThat(table).containsKey("domain WASTE/ALL").doesNotContainKey("domain WILDLIFE/ALL");
    }

    @Test
    void showsTheResubmissionWithoutAsOf() throws Exception {
        // when
        Map<String, CSVRecord> table = stats();

        // then
        assertThat(table.get("total ALL/ALL").get("lines")).isEqualTo(Integer.toString(secondVersion.size()));
        assertThat(table.get("total ALL/ALL").get("cases")).isEqualTo(Long.toString(cases(secondVersion)));
        assertThat(table).doesNotContainKey("domain WASTE/ALL");
    }

    @Test
    void showsTheResubmissionAsOfTheDayItArrived() throws Exception {
        // when
        Map<String, CSVRecord> table = stats("--as-of", secondReceivedOn.toString());

        // then
        assertThat(table.get("total ALL/ALL").get("lines")).isEqualTo(Integer.toString(secondVersion.size()));
        assertThat(table.get("total ALL/ALL").get("cases")).isEqualTo(Long.toString(cases(secondVersion)));
        assertThat(table).doesNotContainKey("domain WASTE/ALL");
    }

    private static int ingest(Path inbox, Path warehouse) {
        return SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString());
    }

    /** The March 2019 CSV read from the published copy, each record keyed "table domain/category". */
    private static Map<String, CSVRecord> stats(String... asOf) throws IOException {
        Path out = Files.createTempFile(work, "stats-", ".csv");
        List<String> arguments = new ArrayList<>(List.of("stats", "--month", MARCH_2019.toString(), "--format", "csv",
                "--warehouse", published.toString(), "--out", out.toString()));
        arguments.addAll(List.of(asOf));
        assertThat(SeizuresCli.execute(arguments.toArray(String[]::new))).isZero();
        Map<String, CSVRecord> table = new java.util.LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8);
             CSVParser records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : records) {
                if ("ALL".equals(record.get("reporting_iso3")) || "total".equals(record.get("table"))) {
                    table.put(record.get("table") + " " + record.get("domain") + "/" + record.get("commodity_category"),
                            record);
                }
            }
        }
        return table;
    }

    private static LocalDate receivedOn(String fileName) throws Exception {
        try (Connection connection = new WarehouseFile(published).openReadOnly();
             PreparedStatement statement = connection.prepareStatement(sql("received_on.sql"))) {
            statement.setString(1, fileName);
            try (ResultSet result = statement.executeQuery()) {
                assertThat(result.next()).as("%s in the ledger", fileName).isTrue();
                return result.getObject(1, LocalDate.class);
            }
        }
    }

    private static long cases(List<FixtureLine> lines) {
        Set<String> cases = new HashSet<>();
        lines.forEach(line -> cases.add(line.caseRef()));
        return cases.size();
    }

    private static String sql(String name) throws IOException {
        try (InputStream in = StatsAsOfFunctionalTests.class.getResourceAsStream("/sql/statistics/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
