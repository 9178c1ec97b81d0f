package org.customs.seizures.warehouse;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.stream.Stream;

/**
 * A build of the warehouse's migrations in a folder of its own (a copy of the packaged ones, which a test may
 * change), and the class loader that sees those migrations instead of the packaged ones.
 */
final class MigrationBuild {

    static final ClassLoader PACKAGED = WarehouseSchema.class.getClassLoader();

    private MigrationBuild() {
    }

    /** Copies the packaged {@code db/warehouse} folders under {@code root}; returns {@code root}. */
    static Path copyOfThePackagedMigrations(Path root) throws IOException, URISyntaxException {
        Path packaged = Path.of(PACKAGED.getResource("db/warehouse/tables").toURI()).getParent();
        Path target = root.resolve("db/warehouse");
        try (Stream<Path> files = Files.walk(packaged)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(packaged.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        return root;
    }

    /** The class loader of the build at {@code root}: its migrations, the packaged everything else. */
    static URLClassLoader loaderOf(Path root) throws IOException {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, new WithoutMigrations(PACKAGED));
    }

    /** The packaged classpath without its migrations, so that a test build's own copy is the only one. */
    private static final class WithoutMigrations extends ClassLoader {

        WithoutMigrations(ClassLoader parent) {
            super(parent);
        }

        @Override
        public URL getResource(String name) {
            return hidden(name) ? null : super.getResource(name);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            return hidden(name) ? Collections.emptyEnumeration() : super.getResources(name);
        }

        private static boolean hidden(String name) {
            return name.startsWith("db/warehouse/") && !name.startsWith("db/warehouse/stamp/");
        }
    }
}
