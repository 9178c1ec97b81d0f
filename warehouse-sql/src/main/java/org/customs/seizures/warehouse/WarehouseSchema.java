package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and upgrades the DuckDB warehouse: tables (versioned migrations), reference seeds (an upsert after
 * every migrate) and views (repeatable migrations, applied staging, then core, then marts).
 * Safe to run on every start: Flyway applies only what the warehouse does not have yet, and a warehouse whose
 * {@link SchemaStamp} matches the {@link MigrationFingerprint} of the packaged migrations and seeds is not
 * migrated again at all.
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

    /** The folders of {@link #LOCATIONS} on the classpath. */
    static final List<String> FOLDERS = Stream.of(LOCATIONS).map(location -> location.substring("classpath:".length())).toList();

    /** The reference files the seed scripts read, as classpath paths. */
    static final List<String> SEED_REFERENCE_FILES = ReferenceFiles.SEED_FILES.stream().map(name -> "reference/" + name).toList();

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseSchema.class);

    private WarehouseSchema() {
    }

    /** Migrates the warehouse behind {@code dataSource} to the latest schema and refreshes its reference rows. */
    public static void migrate(DataSource dataSource) {
        migrate(dataSource::getConnection, loader -> Flyway.configure(loader).dataSource(dataSource),
                WarehouseSchema.class.getClassLoader());
    }

    /**
     * Migrates the warehouse at {@code jdbcUrl}, e.g.
     * {@code jdbc:duckdb:data/warehouse.duckdb;autoinstall_known_extensions=false;autoload_known_extensions=false}.
     */
    public static void migrate(String jdbcUrl) {
        migrate(jdbcUrl, WarehouseSchema.class.getClassLoader());
    }

    /** As {@link #migrate(String)}, with the migrations of {@code loader}; true when Flyway and the seeds ran. */
    static boolean migrate(String jdbcUrl, ClassLoader loader) {
        return migrate(() -> DriverManager.getConnection(jdbcUrl),
                classLoader -> Flyway.configure(classLoader).dataSource(jdbcUrl, null, null), loader);
    }

    /**
     * Skips Flyway and the seeds when the warehouse's stamp says it was completely migrated with exactly the
     * packaged migrations and seeds and its Flyway history has not changed since (validating and seeding an
     * up-to-date warehouse costs seconds at every start); otherwise migrates in full and stamps the result.
     */
    private static boolean migrate(Connections connections, Function<ClassLoader, FluentConfiguration> flyway,
                                   ClassLoader loader) {
        Optional<String> fingerprint = MigrationFingerprint.of(loader, FOLDERS, SEED_REFERENCE_FILES);
        if (fingerprint.isPresent() && isCurrent(connections, fingerprint.get())) {
            LOG.info("The warehouse schema is up to date (its stamp matches the packaged migrations and seeds): nothing to migrate");
            return false;
        }
        migrate(flyway.apply(loader));
        if (fingerprint.isPresent()) {
            try (Connection connection = connections.open()) {
                SchemaStamp.write(connection, fingerprint.get());
            } catch (SQLException e) {
                throw new IllegalStateException("Could not record the schema stamp of the warehouse: " + e.getMessage(), e);
            }
        }
        return true;
    }

    private static boolean isCurrent(Connections connections, String fingerprint) {
        try (Connection connection = connections.open()) {
            return SchemaStamp.isCurrent(connection, fingerprint);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the schema stamp of the warehouse: " + e.getMessage(), e);
        }
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

    /** Opens a connection to the warehouse being migrated. */
    @FunctionalInterface
    private interface Connections {
        Connection open() throws SQLException;
    }
}
