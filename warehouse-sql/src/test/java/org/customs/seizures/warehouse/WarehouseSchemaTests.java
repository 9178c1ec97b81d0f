package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseSchemaTests {

    @TempDir
    Path dir;

    @Test
    void createsTheContractTablesAndViewsWithTheirColumnTypes() throws Exception {
        List<String> expected = resourceLines("expected_columns.csv").stream().skip(1).toList();
        String tables = expected.stream().map(line -> "'" + line.split(",")[0] + "'")
                .distinct().collect(Collectors.joining(","));
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            List<String> actual = warehouse.query("select table_name, column_name, data_type"
                            + " from information_schema.columns where table_schema = 'main'"
                            + " and table_name in (" + tables + ") order by table_name, ordinal_position")
                    .stream().map(row -> row.get("table_name") + "," + row.get("column_name") + "," + row.get("data_type"))
                    .toList();

            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(columnsInOrder(actual, "v_seizure_lines")).containsExactlyElementsOf(columnsInOrder(expected, "v_seizure_lines"));
            assertThat(columnsInOrder(actual, "v_monthly_yoy")).containsExactlyElementsOf(columnsInOrder(expected, "v_monthly_yoy"));
        }
    }

    @Test
    void migratesTwiceWithoutReapplyingOrChangingAnything() throws Exception {
        String url = TestWarehouse.jdbcUrl(dir);
        WarehouseSchema.migrate(url);
        List<Map<String, Object>> historyBefore;
        List<Map<String, Object>> countriesBefore;
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            historyBefore = warehouse.query("select version, description, checksum from flyway_schema_history order by installed_rank");
            countriesBefore = warehouse.query("select country_key, iso3, name_en from dim_country order by country_key");
        }

        WarehouseSchema.migrate(url);

        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.query("select version, description, checksum from flyway_schema_history order by installed_rank"))
                    .isEqualTo(historyBefore);
            assertThat(warehouse.query("select country_key, iso3, name_en from dim_country order by country_key"))
                    .isEqualTo(countriesBefore);
            assertThat(warehouse.count("select count(*) from dim_operation where operation_key = 0")).isEqualTo(1);
        }
    }

    @Test
    void seedsEveryCountryOfTheReferenceFile() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_country"))
                    .isEqualTo(dataRows("reference/iso3166_countries.csv"))
                    .isGreaterThanOrEqualTo(249);
            assertThat(warehouse.query("select iso2, iso_numeric, name_en, name_fr, name_es, wco_region from dim_country where iso3 = 'AFG'"))
                    .containsExactly(Map.of("iso2", "AF", "iso_numeric", "004", "name_en", "Afghanistan",
                                    "name_fr", "Afghanistan", "name_es", "Afganistán")
                            .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue,
                                    (a, b) -> a, () -> withNull("wco_region"))));
        }
    }

    @Test
    void seedsEveryCommodityIncludingUnclassified() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_commodity"))
                    .isEqualTo(dataRows("reference/commodities.csv"));
            assertThat(warehouse.query("select domain, category, hs_heading, cites_listed from dim_commodity where commodity_code = 'UNCLASSIFIED'"))
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("domain", "OTHER").containsEntry("category", "UNCLASSIFIED")
                            .containsEntry("hs_heading", null).containsEntry("cites_listed", false));
            assertThat(warehouse.query("select hs_heading, cites_listed, measures from dim_commodity where commodity_code = 'IVORY_RAW'"))
                    .containsExactly(Map.of("hs_heading", "0507.10", "cites_listed", true, "measures", "mass|count"));
        }
    }

    @Test
    void seedsTheTwentyUnitsWithTheirFactors() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_unit")).isEqualTo(20).isEqualTo(dataRows("reference/units.csv"));
            assertThat(warehouse.single("select factor_to_base from dim_unit where code = 'TNE'")).isEqualTo(1000.0);
            assertThat(warehouse.single("select dimension from dim_unit where code = 'DZN'")).isEqualTo("count");
        }
    }

    @Test
    void seedsTheOperationsAndTheNoOperationRow() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_operation where operation_key > 0"))
                    .isEqualTo(dataRows("reference/operations.csv"));
            assertThat(warehouse.query("select operation_code, name from dim_operation where operation_key = 0"))
                    .singleElement()
                    .satisfies(row -> assertThat(row).containsEntry("operation_code", null).containsEntry("name", "No operation"));
            assertThat(warehouse.query("select start_date, end_date, coordinated_by from dim_operation where operation_code = 'THUNDERBALL2019'"))
                    .containsExactly(Map.of("start_date", LocalDate.of(2019, 6, 4), "end_date", LocalDate.of(2019, 6, 30),
                            "coordinated_by", "WCO;INTERPOL"));
        }
    }

    @Test
    void generatesEveryDayFrom1990To2040() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.single("select min(date) from dim_date")).isEqualTo(LocalDate.of(1990, 1, 1));
            assertThat(warehouse.single("select max(date) from dim_date")).isEqualTo(LocalDate.of(2040, 12, 31));
            assertThat(warehouse.count("select count(*) from dim_date"))
                    .isEqualTo(LocalDate.of(1990, 1, 1).datesUntil(LocalDate.of(2041, 1, 1)).count());
            assertThat(warehouse.query("select date, year, quarter, month, month_start, iso_week, day_of_week from dim_date where date_key = 20210103"))
                    .containsExactly(Map.of("date", LocalDate.of(2021, 1, 3), "year", 2021, "quarter", 1, "month", 1,
                            "month_start", LocalDate.of(2021, 1, 1), "iso_week", 53, "day_of_week", 7));
        }
    }

    @Test
    void addsMissingReferenceRowsWithNewKeysAndKeepsExistingKeys() throws Exception {
        int franceKey;
        int andorraKey;
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            franceKey = (Integer) warehouse.single("select country_key from dim_country where iso3 = 'FRA'");
            andorraKey = (Integer) warehouse.single("select country_key from dim_country where iso3 = 'AND'");
            // a row the warehouse does not have yet, and an attribute that changed in the reference file
            warehouse.execute("delete from dim_country where iso3 = 'AND'");
            warehouse.execute("update dim_country set name_en = 'Old name' where iso3 = 'FRA'");
            // as when a reference file changed: the stamp no longer matches, so the seeds run again
            warehouse.execute("update warehouse_schema_stamp set fingerprint = 'an older build'");
        }

        WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir));

        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.query("select country_key, name_en from dim_country where iso3 = 'FRA'"))
                    .containsExactly(Map.of("country_key", franceKey, "name_en", "France"));
            int maxOtherKey = (Integer) warehouse.single("select max(country_key) from dim_country where iso3 <> 'AND'");
            assertThat(warehouse.single("select country_key from dim_country where iso3 = 'AND'"))
                    .isEqualTo(maxOtherKey + 1)
                    .isNotEqualTo(andorraKey);
        }
    }

    @Test
    void createsTheBatchJobRepositoryInTheWarehouse() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.query("select lower(table_name) as name from information_schema.tables where table_name ilike 'batch_%' order by 1"))
                    .extracting(row -> row.get("name"))
                    .containsExactly("batch_job_execution", "batch_job_execution_context", "batch_job_execution_params",
                            "batch_job_instance", "batch_step_execution", "batch_step_execution_context");
            assertThat(warehouse.count("select nextval('BATCH_JOB_INSTANCE_SEQ')")).isEqualTo(1);
        }
    }

    @Test
    void givesSubmissionKeysFromItsSequenceAndChecksTheStatus() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select nextval('seq_submission_key')")).isEqualTo(1);
            assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> warehouse.execute(
                    "insert into dim_submission (submission_key, file_name, sha256, received_at, status) values (5, 'a.xlsx', 'x', now(), 'accepted')")))
                    .hasMessageContaining("CHECK");
        }
    }

    @Test
    void publicViewsAreEmptyOnANewWarehouse() throws Exception {
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from v_seizure_lines")).isZero();
            assertThat(warehouse.count("select count(*) from v_monthly_yoy")).isZero();
        }
    }

    private static List<String> columnsInOrder(List<String> rows, String table) {
        return rows.stream().filter(row -> row.startsWith(table + ",")).map(row -> row.split(",")[1]).toList();
    }

    private static Map<String, Object> withNull(String key) {
        Map<String, Object> map = new java.util.HashMap<>();
        map.put(key, null);
        return map;
    }

    private static long dataRows(String resource) throws IOException {
        return resourceLines(resource).stream().skip(1).filter(line -> !line.isBlank()).count();
    }

    private static List<String> resourceLines(String resource) throws IOException {
        try (InputStream in = WarehouseSchemaTests.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
