package org.customs.seizures.jobs.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.core.fixtures.WrittenReturn;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.warehouse.WarehouseAssertions;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line's COMMODITY_HS_CONFLICT warning follows its classification through {@code reclassify}: a line that an
 * alias moves away from its HS code's domain gains the warning (naming the sender's commodity column, as the
 * ingest would have), a line moved into its HS code's domain loses it, and the submission's count follows.
 */
class ReclassifyConflictWarningsFunctionalTests {

    private static final String UNKNOWN_COMMODITY = "Stosszähne Elfenbein";
    private static final String LOGS = "4403.99"; // HS: wood in the rough (TIMBER_LOGS, domain TIMBER)

    @TempDir
    Path work;

    private WarehouseFile warehouse;

    @Test
    void aRemappedLineGainsOrLosesItsConflictWarningAndTheWarningNamesTheSendersColumn() throws Exception {
        // given: a return in French with an HS code column. FR-1's text is unknown (read by its HS code as logs, no conflict); FR-2's ivory text conflicts
        // with its HS code for logs
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path aliases = Files.createDirectories(work.resolve("aliases"));
        warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        LocalDate day = LocalDate.of(2019, 5, 7);
        LayoutOptions frenchWithHsCodes = LayoutOptions.builder().language(Language.FR).hsColumn(true).build();
        WrittenReturn written = new ReturnWorkbookWriter(frenchWithHsCodes).writeInto(inbox,
                FixtureReturn.of("FRA", YearMonth.of(2019, 5), List.of(
                        FixtureLine.of("FR-1", day, UNKNOWN_COMMODITY, "40", "kg").withHsCode(LOGS),
                        FixtureLine.of("FR-2", day, "ivory tusks", "10", "kg").withHsCode(LOGS))));
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.path().toString()))
                .isZero();
        assertThat(scalar("select string_agg(case_ref, ',') from etl_warning where warning_code = 'COMMODITY_HS_CONFLICT'"))
                .isEqualTo("FR-2");
        String senderColumn = (String) scalar("select column_name from etl_warning where case_ref = 'FR-2'");
        assertThat(senderColumn).isEqualTo("Marchandise");
        assertThat(scalar("select headers['commodity'] from submission_sheet where kind = 'seizure'"))
                .isEqualTo(senderColumn);

        // when: the data team reads FR-1's text as raw ivory, and FR-2's spelling as logs (its HS code's domain)
        Files.writeString(aliases.resolve("commodities.csv"), "alias,language,commodity_code\n\""
                + UNKNOWN_COMMODITY + "\",de,IVORY_RAW\nivory tusks,en,TIMBER_LOGS\n");
        Files.delete(written.file());
        String printed = run("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", aliases.toString());

        // then
        assertThat(printed).contains("remapped: 2", "Commodity/HS code conflict warnings: 1 added, 1 withdrawn");
        assertThat(scalar("select case_ref || ' | ' || file_name || ' | ' || sheet || ' | ' || row_number || ' | '"
                + " || column_name || ' | ' || raw_value from etl_warning where warning_code = 'COMMODITY_HS_CONFLICT'"))
                .isEqualTo("FR-1 | " + written.file().getFileName() + " | " + scalar(
                        "select source_sheet || ' | ' || source_row from fact_seizure_line where case_ref = 'FR-1'")
                        + " | " + senderColumn + " | " + UNKNOWN_COMMODITY);
        assertThat((String) scalar("select message from etl_warning where case_ref = 'FR-1'")).isNotBlank();
        assertThat(scalar("select count(*) from etl_warning")).isEqualTo(1L);
        assertThat(scalar("select warnings from dim_submission")).isEqualTo(1L);
        try (Connection connection = warehouse.openReadOnly()) {
            assertThat(WarehouseAssertions.failures(connection)).isEmpty();
        }

        // and a second reclassify changes nothing
        assertThat(run("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", aliases.toString()))
                .contains("remapped: 0").doesNotContain("conflict warnings");
        assertThat(scalar("select count(*) from etl_warning")).isEqualTo(1L);
    }

    @Test
    void onASheetLoadedBeforeHeadersWereKeptTheNewWarningNamesTheField() throws Exception {
        // given: the same return, its sheet's headers unknown (a warehouse loaded before submission_sheet.headers)
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        Path aliases = Files.createDirectories(work.resolve("aliases"));
        warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        new ReturnWorkbookWriter(LayoutOptions.builder().language(Language.FR).hsColumn(true).build()).writeInto(inbox,
                FixtureReturn.of("FRA", YearMonth.of(2019, 5), List.of(
                        FixtureLine.of("FR-1", LocalDate.of(2019, 5, 7), UNKNOWN_COMMODITY, "40", "kg").withHsCode(LOGS))));
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.path().toString()))
                .isZero();
        try (Connection connection = java.sql.DriverManager.getConnection(warehouse.jdbcUrl());
             Statement st = connection.createStatement()) {
            st.execute("update submission_sheet set headers = null");
        }
        Files.writeString(aliases.resolve("commodities.csv"), "alias,language,commodity_code\n\""
                + UNKNOWN_COMMODITY + "\",de,IVORY_RAW\n");

        // when
        run("reclassify", "--warehouse", warehouse.path().toString(), "--aliases", aliases.toString());

        // then
        assertThat(scalar("select column_name || ' ' || warning_code from etl_warning"))
                .isEqualTo("commodity COMMODITY_HS_CONFLICT");
    }

    private Object scalar(String sql) throws SQLException {
        return CurationCommands.scalar(warehouse, sql);
    }

    private static String run(String... args) {
        return CurationCommands.printed(args);
    }
}
