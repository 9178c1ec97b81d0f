package org.customs.seizures.jobs.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.core.fixtures.WrittenReturn;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseAssertions;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curation loop end to end on one generated return: an unknown commodity text, a line rejected for an unknown
 * unit and one for an unknown country are listed by {@code unmapped}; the data team adds aliases in override
 * files; the inbox file is deleted; {@code reclassify} moves the commodity and re-admits both lines from their
 * stored raw cells; {@code v_monthly_yoy} counts them under the new codes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CurationRoundTripFunctionalTests {

    private static final String UNKNOWN_COMMODITY = "Stosszähne Elfenbein";
    private static final String UNKNOWN_UNIT = "sacos";
    private static final String UNKNOWN_COUNTRY = "Tanganyika Rep";

    @TempDir
    static Path work;

    private Path inbox;
    private Path aliases;
    private WarehouseFile warehouse;
    private WrittenReturn written;

    @BeforeAll
    void ingestAReturnWithUnknownValues() throws Exception {
        inbox = Files.createDirectories(work.resolve("inbox"));
        aliases = Files.createDirectories(work.resolve("aliases"));
        warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        LocalDate day = LocalDate.of(2019, 3, 12);
        FixtureReturn fixture = FixtureReturn.of("FRA", YearMonth.of(2019, 3), List.of(
                FixtureLine.of("FR-1", day, UNKNOWN_COMMODITY, "40", "kg"),
                FixtureLine.of("FR-2", day, "pangolin scales", "1.5", UNKNOWN_UNIT),
                FixtureLine.of("FR-3", day, "rhino horn", "2.5", "kg").withOrigin(UNKNOWN_COUNTRY),
                FixtureLine.of("FR-4", day, "ivory tusks", "10", "kg")))
                .withDecimalSeparator(','); // quantities typed as text with a decimal comma: "1,5"
        written = new ReturnWorkbookWriter(LayoutOptions.builder().textNumbers(true).build()).writeInto(inbox, fixture);
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.path().toString()))
                .isZero();
    }

    @Test
    @Order(1)
    void ingestLoadsTheUnknownCommodityAsUnclassifiedAndRejectsTheUnknownUnitAndCountry() throws Exception {
        assertThat(scalar("select count(*) from fact_seizure_line where classified_by = 'UNCLASSIFIED'")).isEqualTo(1L);
        assertThat(scalar("select string_agg(reason_code, ',' order by reason_code) from etl_reject"))
                .isEqualTo("COUNTRY_UNKNOWN,UNIT_UNKNOWN");
    }

    @Test
    @Order(2)
    void unmappedListsTheRawValuesWithTheirLinesFilesAndNearestAliases() throws Exception {
        // when
        Path out = work.resolve("out");
        String printed = run("unmapped", "--out", out.toString(), "--warehouse", warehouse.path().toString(),
                "--aliases", aliases.toString());

        // then
        assertThat(printed).contains("commodity: 1 unmapped values on 1 lines", "unit: 1 unmapped values on 1 lines",
                "country: 1 unmapped values on 1 lines");
        List<String> csv = Files.readAllLines(out.resolve(UnmappedReport.CSV), StandardCharsets.UTF_8);
        String file = written.file().getFileName().toString();
        assertThat(csv.get(0)).startsWith("kind,raw_value,lines,files,nearest_1,code_1,score_1");
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("commodity," + UNKNOWN_COMMODITY + ",1," + file + ","));
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("unit," + UNKNOWN_UNIT + ",1," + file + ","));
        assertThat(csv).anySatisfy(line -> assertThat(line).startsWith("country," + UNKNOWN_COUNTRY + ",1," + file + ","));
        assertThat(csv).hasSize(4);
        assertThat(out.resolve(UnmappedReport.WORKBOOK)).isNotEmptyFile();
    }

    @Test
    @Order(3)
    void aBadOverrideIsAConfigurationErrorNamingFileAndLine() throws Exception {
        // given
        Path bad = Files.createDirectories(work.resolve("bad-aliases"));
        Files.writeString(bad.resolve("units.csv"), "alias,code\nsacos,SACK\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream previous = System.err;

        // when
        int exit;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            exit = SeizuresCli.execute("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", bad.toString());
        } finally {
            System.setErr(previous);
        }

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains(bad.resolve("units.csv") + " line 2: unit code 'SACK'");
    }

    @Test
    @Order(4)
    void reclassifyMovesTheLinesFromTheirStoredRawValuesWithoutTheOriginalFile() throws Exception {
        // given: the data team's aliases, and the original file gone
        Files.writeString(aliases.resolve("commodities.csv"),
                "alias,language,commodity_code\n\"" + UNKNOWN_COMMODITY + "\",de,IVORY_RAW\n");
        Files.writeString(aliases.resolve("units.csv"), "alias,code\nsacos,KGM\n");
        Files.writeString(aliases.resolve("countries.csv"), "alias,iso3\n" + UNKNOWN_COUNTRY + ",TZA\n");
        Files.delete(written.file());
        double ivoryBefore = ivoryMassInMarch();

        // when
        String printed = run("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", aliases.toString());

        // then: the commodity moved and both rejected lines are facts
        assertThat(printed).contains("re-admitted: 2", "commodity UNCLASSIFIED -> IVORY_RAW: 1 line, 40 kg",
                "re-admitted unit (rejected) -> KGM: 2 lines, 4 kg");
        assertThat(ivoryBefore).isEqualTo(10.0);
        assertThat(ivoryMassInMarch()).isEqualTo(50.0);
        assertThat(scalar("select count(*) from fact_seizure_line")).isEqualTo(4L);
        assertThat(scalar("select count(*) from etl_reject")).isEqualTo(0L);
        assertThat(scalar("select count(*) from etl_rejected_line")).isEqualTo(0L);
        assertThat(scalar("select rows_loaded || '/' || rows_rejected from dim_submission")).isEqualTo("4/0");
        assertThat(scalar("select o.iso3 from fact_seizure_line f join dim_country o "
                + "on o.country_key = f.origin_country_key where f.case_ref = 'FR-3'")).isEqualTo("TZA");
        // read with the return's own decimal comma, as at ingest: "1,5" is 1.5, not 15 nor unreadable
        assertThat(scalar("select mass_kg from fact_seizure_line where case_ref = 'FR-2'")).isEqualTo(1.5);
        try (Connection connection = warehouse.openReadOnly()) {
            assertThat(WarehouseAssertions.failures(connection)).isEmpty();
        }
    }

    @Test
    @Order(5)
    void aSecondReclassifyMovesNothing() throws Exception {
        String printed = run("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", aliases.toString());

        assertThat(printed).contains("remapped: 0, re-admitted: 0", "Nothing moved.");
    }

    @Test
    @Order(6)
    void explainSaysWhichRuleReadTheText() throws Exception {
        String printed = run("explain", "seized ivory tusks", "--aliases", aliases.toString());

        assertThat(printed).contains("Commodity: IVORY_RAW", "contained alias 'ivory tusks' at words 2-3",
                "Unit: not a unit", "Country: not found");
        assertThat(run("explain", UNKNOWN_COUNTRY, "--aliases", aliases.toString()))
                .contains("Country: TZA", "the data team's alias (" + aliases.resolve("countries.csv") + " line 2)");
    }

    @Test
    @Order(7)
    void ingestReadsTheOverridesOfTheConfiguredFolder() throws Exception {
        // given: a new return with the spellings the data team mapped
        FixtureReturn april = FixtureReturn.of("FRA", YearMonth.of(2019, 4), List.of(
                FixtureLine.of("FR-5", LocalDate.of(2019, 4, 2), UNKNOWN_COMMODITY, "7", UNKNOWN_UNIT)
                        .withOrigin(UNKNOWN_COUNTRY)));
        new ReturnWorkbookWriter(LayoutOptions.plain()).writeInto(inbox, april);

        // when
        System.setProperty("seizures.aliases", aliases.toString());
        try {
            assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(),
                    "--warehouse", warehouse.path().toString())).isZero();
        } finally {
            System.clearProperty("seizures.aliases");
        }

        // then
        assertThat(scalar("select c.commodity_code || ' ' || f.classified_by || ' ' || f.mass_kg || ' ' || o.iso3 "
                + "from fact_seizure_line f join dim_commodity c using (commodity_key) "
                + "join dim_country o on o.country_key = f.origin_country_key where f.case_ref = 'FR-5'"))
                .isEqualTo("IVORY_RAW EXACT_ALIAS 7.0 TZA");
        assertThat(scalar("select count(*) from etl_reject")).isEqualTo(0L);
    }

    private double ivoryMassInMarch() throws SQLException {
        Object mass = scalar("select mass_kg from v_monthly_yoy where \"month\" = date '2019-03-01' "
                + "and reporting_iso3 = 'FRA' and domain = 'WILDLIFE' and commodity_category = 'IVORY'");
        return ((Number) mass).doubleValue();
    }

    private Object scalar(String sql) throws SQLException {
        return CurationCommands.scalar(warehouse, sql);
    }

    private static String run(String... args) {
        return CurationCommands.printed(args);
    }
}
