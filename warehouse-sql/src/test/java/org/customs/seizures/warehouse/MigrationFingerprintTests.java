package org.customs.seizures.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationFingerprintTests {

    private static final List<String> LOCATIONS = List.of("db/warehouse/tables", "db/warehouse/seeds");
    private static final List<String> REFERENCE = List.of("reference/units.csv");

    @TempDir
    Path dir;

    @Test
    void isTheSameForTheSameFilesInAFolderOrInAJar() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));
        Path jar = jarOf(folder, dir.resolve("a.jar"));

        // when
        Optional<String> fromFolder = fingerprint(folder);
        Optional<String> fromJar = fingerprint(jar);

        // then
        assertThat(fromFolder).isPresent().isEqualTo(fingerprint(folder));
        assertThat(fromJar).isEqualTo(fromFolder);
    }

    @Test
    void changesWhenAMigrationIsEdited() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));
        Optional<String> before = fingerprint(folder);

        // when
        Files.writeString(folder.resolve("db/warehouse/tables/V1_01__create_a.sql"), "create table a (x bigint);\n");

        // then
        assertThat(fingerprint(folder)).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesWhenAMigrationIsAddedOrRemoved() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));
        Optional<String> before = fingerprint(folder);

        // when
        Path added = Files.writeString(folder.resolve("db/warehouse/tables/V1_02__create_b.sql"), "create table b (y int);\n");
        Optional<String> withAdded = fingerprint(folder);
        Files.delete(added);
        Files.delete(folder.resolve("db/warehouse/seeds/afterMigrate__seed_a.sql"));

        // then
        assertThat(withAdded).isPresent().isNotEqualTo(before);
        assertThat(fingerprint(folder)).isPresent().isNotEqualTo(before).isNotEqualTo(withAdded);
    }

    @Test
    void changesWhenAMigrationIsRenamedOrMovedToAnotherLayer() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));
        Optional<String> before = fingerprint(folder);

        // when
        Files.move(folder.resolve("db/warehouse/seeds/afterMigrate__seed_a.sql"),
                folder.resolve("db/warehouse/tables/afterMigrate__seed_a.sql"));

        // then
        assertThat(fingerprint(folder)).isPresent().isNotEqualTo(before);
    }

    @Test
    void changesWhenASeedReferenceFileChanges() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));
        Optional<String> before = fingerprint(folder);

        // when
        Files.writeString(folder.resolve("reference/units.csv"), "code,name\nKGM,kilogram\nGRM,gram\n");

        // then
        assertThat(fingerprint(folder)).isPresent().isNotEqualTo(before);
    }

    @Test
    void isAbsentWhenAReferenceFileIsMissing() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));

        // when
        Files.delete(folder.resolve("reference/units.csv"));

        // then
        assertThat(fingerprint(folder)).isEmpty();
    }

    @Test
    void isAbsentWhenALocationCannotBeFound() throws Exception {
        // given
        Path folder = packaged(dir.resolve("a"));

        // when
        Files.delete(folder.resolve("db/warehouse/seeds/afterMigrate__seed_a.sql"));
        Files.delete(folder.resolve("db/warehouse/seeds/assert_a_is_seeded.sql"));
        Files.delete(folder.resolve("db/warehouse/seeds"));

        // then
        assertThat(fingerprint(folder)).isEmpty();
    }

    @Test
    void coversThePackagedMigrationsAndSeedsOfTheWarehouse() {
        // when
        Optional<String> packaged = MigrationFingerprint.of(WarehouseSchema.class.getClassLoader(),
                WarehouseSchema.FOLDERS, WarehouseSchema.SEED_REFERENCE_FILES);

        // then
        assertThat(packaged).hasValueSatisfying(value -> assertThat(value).hasSize(64));
        assertThat(PackagedFiles.under(WarehouseSchema.class.getClassLoader(), "db/warehouse/tables"))
                .hasValueSatisfying(files -> assertThat(files).containsKey("db/warehouse/tables/V1_01__create_layer_schemas.sql"));
    }

    private static Optional<String> fingerprint(Path root) throws IOException {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return MigrationFingerprint.of(loader, LOCATIONS, REFERENCE);
        }
    }

    private static Path packaged(Path root) throws IOException {
        write(root.resolve("db/warehouse/tables/V1_01__create_a.sql"), "create table a (x int);\n");
        write(root.resolve("db/warehouse/seeds/afterMigrate__seed_a.sql"), "insert into a values (1);\n");
        write(root.resolve("db/warehouse/seeds/assert_a_is_seeded.sql"), "select count(*) = 0 from a;\n");
        write(root.resolve("reference/units.csv"), "code,name\nKGM,kilogram\n");
        return root;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Path jarOf(Path folder, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             var files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                if (Files.isDirectory(file)) {
                    if (!name.isEmpty()) {
                        out.putNextEntry(new JarEntry(name + "/"));
                        out.closeEntry();
                    }
                } else {
                    out.putNextEntry(new JarEntry(name));
                    out.write(Files.readAllBytes(file));
                    out.closeEntry();
                }
            }
        }
        return jar;
    }
}
