package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warehouses in the field were made by the migrations already released ({@code released-migrations.txt}):
 * those stay as they were, and a new versioned migration sorts after all of them, else Flyway refuses to
 * migrate an existing warehouse ("Detected resolved migration not applied to database"). The last one
 * released is also applied to a warehouse made without it, as an existing warehouse meets it.
 */
class ReleasedMigrationsTests {

    private static final Comparator<String> BY_VERSION = Comparator.comparing(ReleasedMigrationsTests::version,
            Arrays::compare);

    @TempDir
    Path dir;

    @Test
    void everyReleasedMigrationIsStillPackagedUnderItsName() throws Exception {
        assertThat(packaged()).containsAll(released());
    }

    @Test
    void eachReleasedMigrationSortsAfterTheOnesReleasedBeforeIt() throws Exception {
        List<String> released = released();

        assertThat(released).isSortedAccordingTo(BY_VERSION);
    }

    @Test
    void everyMigrationNotYetReleasedSortsAfterTheReleasedOnes() throws Exception {
        List<String> released = released();
        String last = released.get(released.size() - 1);

        assertThat(packaged()).filteredOn(file -> !released.contains(file))
                .allSatisfy(file -> assertThat(BY_VERSION.compare(file, last)).as(file + " after " + last).isPositive());
    }

    @Test
    void aWarehouseMadeBeforeTheLastReleasedMigrationMigratesToThePackagedOnes() throws Exception {
        // given: a warehouse made by a build without the last released migration (nor any newer one)
        Path build = MigrationBuild.copyOfThePackagedMigrations(dir.resolve("build"));
        List<String> released = released();
        List<String> earlier = released.subList(0, released.size() - 1);
        for (String file : packaged()) {
            if (!earlier.contains(file)) {
                Files.delete(build.resolve(file));
            }
        }
        Path warehouse = Files.createDirectories(dir.resolve("warehouse"));
        try (URLClassLoader loader = MigrationBuild.loaderOf(build)) {
            WarehouseSchema.migrate(TestWarehouse.jdbcUrl(warehouse), loader);
        }

        // when
        boolean migrated = WarehouseSchema.migrate(TestWarehouse.jdbcUrl(warehouse), MigrationBuild.PACKAGED);

        // then: every packaged versioned migration is applied
        assertThat(migrated).isTrue();
        try (Connection connection = DriverManager.getConnection(TestWarehouse.jdbcUrl(warehouse));
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "select count(*) from flyway_schema_history where version is not null and success")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1)).isEqualTo(packaged().size());
        }
    }

    private static List<String> released() throws IOException {
        try (InputStream in = ReleasedMigrationsTests.class.getResourceAsStream("/released-migrations.txt")) {
            assertThat(in).as("released-migrations.txt on the test classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    /** The packaged versioned migrations, as paths under the classpath root ({@code db/warehouse/...}). */
    private static List<String> packaged() throws IOException, URISyntaxException {
        Path root = Path.of(MigrationBuild.PACKAGED.getResource("db/warehouse/tables").toURI()).getParent().getParent()
                .getParent();
        List<String> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root.resolve("db/warehouse"))) {
            walk.filter(Files::isRegularFile).filter(file -> file.getFileName().toString().matches("V\\d.*__.*\\.sql"))
                    .forEach(file -> files.add(root.relativize(file).toString().replace('\\', '/')));
        }
        return files;
    }

    /** {@code V3_01__x.sql} -> [3, 1]. */
    private static int[] version(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return Stream.of(name.substring(1, name.indexOf("__")).split("[._]")).mapToInt(Integer::parseInt).toArray();
    }
}
