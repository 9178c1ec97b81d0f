package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Creates and upgrades the DuckDB warehouse: tables (versioned migrations), reference seeds (an upsert after
 * every migrate) and views (repeatable migrations, applied staging, then core, then marts).
 * Safe to run on every start: Flyway applies only what the warehouse does not have yet.
 */
public final class WarehouseSchema {

    /** The Flyway locations, in the order of the layers; see warehouse-sql/README.md. */
    static final String[] LOCATIONS = {
            "classpath:db/warehouse/tables",
            "classpath:db/warehouse/seeds",
            "classpath:db/warehouse/staging",
            "classpath:db/warehouse/core",
            "classpath:db/warehouse/marts"
    };

    /** The placeholder that the seed scripts read the reference CSV files from. */
    static final String REFERENCE_DIR_PLACEHOLDER = "reference_dir";

    private WarehouseSchema() {
    }

    /** Migrates the warehouse behind {@code dataSource} to the latest schema and refreshes its reference rows. */
    public static void migrate(DataSource dataSource) {
        migrate(Flyway.configure().dataSource(dataSource));
    }

    /**
     * Migrates the warehouse at {@code jdbcUrl}, e.g.
     * {@code jdbc:duckdb:data/warehouse.duckdb;autoinstall_known_extensions=false;autoload_known_extensions=false}.
     */
    public static void migrate(String jdbcUrl) {
        migrate(Flyway.configure().dataSource(jdbcUrl, null, null));
    }

    private static void migrate(FluentConfiguration configuration) {
        try (ReferenceFiles referenceFiles = ReferenceFiles.extract()) {
            configuration
                    .locations(LOCATIONS)
                    .failOnMissingLocations(true)
                    .placeholders(Map.of(REFERENCE_DIR_PLACEHOLDER, referenceFiles.directoryForSql()))
                    .load()
                    .migrate();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prepare the reference files for the warehouse seeds: "
                    + e.getMessage(), e);
        }
    }
}
