package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaStampTests {

    private static final ClassLoader PACKAGED = MigrationBuild.PACKAGED;

    @TempDir
    Path dir;

    @Test
    void stampsAWarehouseWithTheFingerprintOfWhatItApplied() throws Exception {
        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED);

        // then
        assertThat(migrated).isTrue();
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.query("select fingerprint from warehouse_schema_stamp"))
                    .extracting(row -> row.get("fingerprint"))
                    .containsExactly(MigrationFingerprint.of(PACKAGED, WarehouseSchema.FOLDERS,
                            WarehouseSchema.SEED_REFERENCE_FILES).orElseThrow());
        }
    }

    @Test
    void skipsFlywayAndTheSeedsWhenTheStampMatches() throws Exception {
        // given: a stamped warehouse that lost a reference row (the seeds would put it back)
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.execute("delete from dim_country where iso3 = 'AND'");
        }

        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED);

        // then
        assertThat(migrated).isFalse();
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_country where iso3 = 'AND'")).isZero();
        }
    }

    @Test
    void migratesAndSeedsInFullWhenTheStampIsOfOtherMigrations() throws Exception {
        // given
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.execute("delete from dim_country where iso3 = 'AND'");
            warehouse.execute("update warehouse_schema_stamp set fingerprint = 'an older build'");
        }

        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED);

        // then
        assertThat(migrated).isTrue();
        assertThat(WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED)).isFalse();
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from dim_country where iso3 = 'AND'")).isOne();
            assertThat(warehouse.count("select count(*) from warehouse_schema_stamp where fingerprint <> 'an older build'")).isOne();
        }
    }

    @Test
    void migratesInFullWhenTheFlywayHistoryChangedSinceTheStamp() throws Exception {
        // given: someone removed a view's row from the history (Flyway re-applies it)
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.execute("delete from flyway_schema_history where script = 'R__3_marts_v_seizure_lines.sql'");
        }

        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED);

        // then
        assertThat(migrated).isTrue();
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from flyway_schema_history where script = 'R__3_marts_v_seizure_lines.sql'"))
                    .isOne();
        }
    }

    @Test
    void migratesInFullWhenTheStampTableIsGone() throws Exception {
        // given
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            warehouse.execute("drop table warehouse_schema_stamp");
        }

        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), PACKAGED);

        // then
        assertThat(migrated).isTrue();
        try (TestWarehouse warehouse = TestWarehouse.migrated(dir)) {
            assertThat(warehouse.count("select count(*) from warehouse_schema_stamp")).isOne();
        }
    }

    @Test
    void appliesAMigrationAddedToAStampedWarehouse() throws Exception {
        // given: a stamped warehouse, and a build with one more migration
        TestWarehouse.migrated(dir).close();
        Path build = MigrationBuild.copyOfThePackagedMigrations(dir.resolve("build"));
        Files.writeString(build.resolve("db/warehouse/tables/V9_01__create_probe.sql"), "create table probe (x int);\n");

        try (URLClassLoader loader = MigrationBuild.loaderOf(build)) {
            // when
            boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), loader);
            boolean again = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(dir), loader);

            // then
            assertThat(migrated).isTrue();
            assertThat(again).isFalse();
        }
        try (Connection connection = DriverManager.getConnection(TestWarehouse.jdbcUrl(dir));
             Statement statement = connection.createStatement();
             ResultSet probe = statement.executeQuery("select count(*) from information_schema.tables where table_name = 'probe'")) {
            assertThat(probe.next()).isTrue();
            assertThat(probe.getLong(1)).isOne();
        }
    }
}
