package org.customs.seizures.jobs.curation;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseAssertions;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code reclassify} re-admits, across several submissions at once, the lines rejected only for an unknown unit or
 * country: each becomes one fact with the warnings the ingest would have given it, loses its rejection and raw
 * cells, and moves from rejected to loaded in its own submission's and sheet's counts; a line rejected for
 * something else as well stays rejected, whole.
 */
class ReadmissionFunctionalTests {

    private static final String UNKNOWN_UNIT = "sacos";
    private static final String UNKNOWN_COUNTRY = "Tanganyika Rep";
    private static final String LOGS = "4403.99"; // HS: wood in the rough, against an ivory text: a conflict

    @TempDir
    Path work;

    private WarehouseFile warehouse;

    @Test
    void theLinesOfSeveralSubmissionsAreReadmittedWithTheirWarningsAndCountsAndTheOthersStayRejected()
            throws Exception {
        // given: two returns; FR-3 has a date after its period as well as an unknown unit
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path aliases = Files.createDirectories(work.resolve("aliases"));
        warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        LocalDate day = LocalDate.of(2019, 5, 7);
        ReturnWorkbookWriter withHsCodes = new ReturnWorkbookWriter(LayoutOptions.builder().hsColumn(true).build());
        withHsCodes.writeInto(inbox, FixtureReturn.of("FRA", YearMonth.of(2019, 5), List.of(
                FixtureLine.of("FR-1", day, "pangolin scales", "3", UNKNOWN_UNIT),
                FixtureLine.of("FR-2", day, "ivory tusks", "10", UNKNOWN_UNIT).withHsCode(LOGS),
                FixtureLine.of("FR-3", LocalDate.of(2019, 6, 2), "rhino horn", "2", UNKNOWN_UNIT),
                FixtureLine.of("FR-4", day, "ivory tusks", "1", "kg"))));
        withHsCodes.writeInto(inbox, FixtureReturn.of("GHA", YearMonth.of(2019, 5), List.of(
                FixtureLine.of("GH-1", day, "ivory tusks", "4", "kg").withOrigin(UNKNOWN_COUNTRY),
                FixtureLine.of("GH-2", day, "ivory tusks", "5", "kg"))));
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.path().toString()))
                .isZero();
        assertThat(counts()).isEqualTo("FRA 1/3/0, GHA 1/1/0");
        Files.writeString(aliases.resolve("units.csv"), "alias,code\n" + UNKNOWN_UNIT + ",KGM\n");
        Files.writeString(aliases.resolve("countries.csv"), "alias,iso3\n" + UNKNOWN_COUNTRY + ",TZA\n");

        // when
        String printed = CurationCommands.printed("reclassify", "--warehouse", warehouse.path().toString(),
                "--aliases", aliases.toString());

        // then: three lines are facts, in their own submissions' counts, FR-2 with its warning
        assertThat(printed).contains("re-admitted: 3", "re-admitted unit (rejected) -> KGM: 3 lines, 17 kg");
        assertThat(counts()).isEqualTo("FRA 3/1/1, GHA 2/0/0");
        assertThat(scalar("select string_agg(case_ref, ',' order by case_ref) from fact_seizure_line"))
                .isEqualTo("FR-1,FR-2,FR-4,GH-1,GH-2");
        assertThat(scalar("select count(distinct line_key) = count(*) from fact_seizure_line")).isEqualTo(true);
        assertThat(scalar("select w.case_ref || ' ' || w.warning_code || ' row ' || w.row_number "
                + "|| ' of ' || w.file_name from etl_warning w")).isEqualTo(scalar(
                "select 'FR-2 COMMODITY_HS_CONFLICT row ' || f.source_row || ' of ' || s.file_name "
                        + "from fact_seizure_line f join dim_submission s using (submission_key) where case_ref = 'FR-2'"));
        assertThat(scalar("select o.iso3 from fact_seizure_line f join dim_country o "
                + "on o.country_key = f.origin_country_key where f.case_ref = 'GH-1'")).isEqualTo("TZA");
        // and FR-3 keeps both its faults and its raw cells
        assertThat(scalar("select string_agg(reason_code, ',' order by reason_code) from etl_reject"))
                .isEqualTo("DATE_AFTER_PERIOD,UNIT_UNKNOWN");
        assertThat(scalar("select count(*) from etl_rejected_line")).isEqualTo(1L);
        try (Connection connection = warehouse.openReadOnly()) {
            assertThat(WarehouseAssertions.failures(connection)).isEmpty();
        }
    }

    /** Per submission: loaded/rejected/warnings, the submission's and its sheets' counts agreeing. */
    private String counts() throws SQLException {
        return (String) scalar("select string_agg(s.reporting_iso3 || ' ' || s.rows_loaded || '/' || s.rows_rejected "
                + "|| '/' || s.warnings || case when t.loaded = s.rows_loaded and t.rejected = s.rows_rejected "
                + "then '' else ' (sheets disagree)' end, ', ' order by s.reporting_iso3) "
                + "from dim_submission s join (select submission_key, sum(rows_loaded) as loaded, "
                + "sum(rows_rejected) as rejected from submission_sheet group by submission_key) t using (submission_key)");
    }

    private Object scalar(String sql) throws SQLException {
        return CurationCommands.scalar(warehouse, sql);
    }
}
