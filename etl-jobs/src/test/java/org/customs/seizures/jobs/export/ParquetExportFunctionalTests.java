package org.customs.seizures.jobs.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.jobs.SeizuresCli;
import org.customs.seizures.jobs.cli.ExitCodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./seizures export --parquet DIR} on a warehouse ingested from generated returns (one of
 * them resubmitted, so superseded lines exist): the Parquet read back with DuckDB's
 * {@code read_parquet(..., hive_partitioning = true)} gives the warehouse's totals.
 */
class ParquetExportFunctionalTests {

    private static final String TOTALS = "select count(*), round(sum(quantity), 6), round(sum(coalesce(mass_kg, 0)), 6), "
            + "round(sum(coalesce(items, 0)), 6), count(distinct case_ref) from ";

    @TempDir
    static Path work;

    static Path warehouse;
    static Path export;

    @BeforeAll
    static void ingestAndExport() throws Exception {
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        FixtureReturns fixtures = new FixtureReturns(7);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        writer.writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2018, 12), Language.EN, 12));
        writer.writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2019, 1), Language.EN, 9));
        writer.writeInto(inbox, fixtures.monthlyReturn("KEN", YearMonth.of(2019, 1), Language.EN, 7));
        writer.writeInto(inbox, fixtures.monthlyReturn("KEN", YearMonth.of(2019, 1), Language.EN, 5).withVersion(2));
        warehouse = work.resolve("warehouse.duckdb");
        export = work.resolve("parquet");
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse.toString()))
                .isEqualTo(ExitCodes.SUCCESS);
        assertThat(SeizuresCli.execute("export", "--parquet", export.toString(), "--warehouse", warehouse.toString()))
                .isEqualTo(ExitCodes.SUCCESS);
    }

    @Test
    void theExportedPublicLinesHaveTheTotalsOfVSeizureLines() throws Exception {
        // given
        List<Object> inWarehouse = row(warehouse, TOTALS + "v_seizure_lines");

        // when
        List<Object> inParquet = row(null, TOTALS + parquet("v_seizure_lines"));

        // then
        assertThat(inWarehouse.get(0)).isNotEqualTo(0L);
        assertThat(inParquet).isEqualTo(inWarehouse);
    }

    @Test
    void theExportedFactTableJoinedToTheCurrentSubmissionsHasTheTotalsOfVSeizureLines() throws Exception {
        // given
        List<Object> inWarehouse = row(warehouse, TOTALS + "v_seizure_lines");

        // when
        List<Object> inParquet = row(null, TOTALS + "(select fact.* from " + parquet("fact_seizure_line")
                + " as fact join read_parquet('" + export.resolve("dim_submission/dim_submission.parquet")
                + "') as submission using (submission_key) where submission.status = 'loaded')");

        // then
        assertThat(inParquet).isEqualTo(inWarehouse);
    }

    @Test
    void theFactTableKeepsTheSupersededLinesToo() throws Exception {
        // given
        List<Object> inWarehouse = row(warehouse, "select count(*) from fact_seizure_line");

        // when
        List<Object> inParquet = row(null, "select count(*) from " + parquet("fact_seizure_line"));

        // then
        assertThat(inParquet).isEqualTo(inWarehouse);
        assertThat((Long) inParquet.get(0)).isGreaterThan((Long) row(warehouse, "select count(*) from v_seizure_lines").get(0));
    }

    @Test
    void theFactTableIsPartitionedByTheYearAndMonthOfTheSeizure() throws Exception {
        // when
        List<Object> misplaced = row(null, "select count(*) from " + parquet("fact_seizure_line")
                + " as fact join read_parquet('" + export.resolve("dim_date/dim_date.parquet")
                + "') as dates on dates.date_key = fact.seizure_date_key"
                + " where dates.year <> fact.year or dates.month <> fact.month");

        // then
        try (Stream<Path> years = Files.list(export.resolve("fact_seizure_line"))) {
            assertThat(years.map(p -> p.getFileName().toString())).contains("year=2018", "year=2019");
        }
        assertThat(export.resolve("fact_seizure_line/year=2019/month=1")).isDirectory();
        assertThat(misplaced).containsExactly(0L);
    }

    @Test
    void everyDimensionIsExportedWithAllItsRows() throws Exception {
        for (String dimension : List.of("dim_country", "dim_commodity", "dim_unit", "dim_operation", "dim_date",
                "dim_submission")) {
            // when
            List<Object> inParquet = row(null, "select count(*) from read_parquet('"
                    + export.resolve(dimension).resolve(dimension + ".parquet") + "')");

            // then
            assertThat(inParquet).as(dimension).isEqualTo(row(warehouse, "select count(*) from " + dimension));
        }
    }

    @Test
    void exportingAgainReplacesThePreviousExportAndLeavesNoStagingFolder() throws Exception {
        // given: the export before, and the staging folder of an export killed half way (its process is gone)
        List<Object> before = row(null, "select count(*) from " + parquet("fact_seizure_line"));
        Path killed = Files.createDirectories(export.resolve(".tables.exporting-4194305.1/fact_seizure_line"));
        Files.writeString(killed.resolve("data_0.parquet"), "half a file");

        // when
        int exit = SeizuresCli.execute("export", "--parquet", export.toString(), "--warehouse", warehouse.toString());

        // then
        assertThat(exit).isEqualTo(ExitCodes.SUCCESS);
        assertThat(row(null, "select count(*) from " + parquet("fact_seizure_line"))).isEqualTo(before);
        try (Stream<Path> entries = Files.list(export)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("."));
        }
    }

    @Test
    void aMissingWarehouseIsAUsageError() {
        // when
        int exit = SeizuresCli.execute("export", "--parquet", work.resolve("elsewhere").toString(),
                "--warehouse", work.resolve("none.duckdb").toString());

        // then
        assertThat(exit).isEqualTo(ExitCodes.USAGE);
        assertThat(work.resolve("elsewhere")).doesNotExist();
    }

    private static String parquet(String table) {
        return "read_parquet('" + export.resolve(table) + "/**/*.parquet', hive_partitioning = true)";
    }

    /** The first row of a query, on the warehouse read-only, or on an in-memory DuckDB when {@code file} is null. */
    private static List<Object> row(Path file, String sql) throws Exception {
        String url = file == null ? "jdbc:duckdb:" : "jdbc:duckdb:" + file + ";access_mode=READ_ONLY";
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            List<Object> values = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                Object value = rs.getObject(i);
                values.add(value instanceof Number n && !(value instanceof Long) && !(value instanceof Double)
                        ? n.longValue() : value);
            }
            return values;
        }
    }
}
