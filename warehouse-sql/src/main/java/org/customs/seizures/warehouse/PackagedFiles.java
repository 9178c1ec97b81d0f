package org.customs.seizures.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every file under a classpath folder, by path, with its bytes: from a folder (tests, IDE) or from a jar
 * (the application, also a jar nested in Spring Boot's executable jar). Empty when the folder lies somewhere
 * it cannot list, so that a caller can fall back to the safe path.
 */
final class PackagedFiles {

    private PackagedFiles() {
    }

    /** The files under {@code folder} (e.g. {@code db/warehouse/tables}) in every classpath root, sorted by path. */
    static Optional<Map<String, byte[]>> under(ClassLoader loader, String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            Enumeration<URL> roots = loader.getResources(folder);
            int root = 0;
            while (roots.hasMoreElements()) {
                Map<String, byte[]> found = new TreeMap<>();
                if (!read(roots.nextElement(), folder, found)) {
                    return Optional.empty();
                }
                String prefix = root++ == 0 ? "" : root + ":"; // the same path in two roots counts twice
                found.forEach((path, bytes) -> files.put(prefix + path, bytes));
            }
            return Optional.of(files);
        } catch (IOException | URISyntaxException | UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static boolean read(URL url, String folder, Map<String, byte[]> into) throws IOException, URISyntaxException {
        if ("file".equals(url.getProtocol())) {
            Path directory = Path.of(url.toURI());
            try (Stream<Path> paths = Files.walk(directory)) {
                List<Path> regular = paths.filter(Files::isRegularFile).toList();
                for (Path path : regular) {
                    String relative = directory.relativize(path).toString().replace('\\', '/');
                    into.put(folder + "/" + relative, Files.readAllBytes(path));
                }
            }
            return true;
        }
        URLConnection connection = url.openConnection();
        if (connection instanceof JarURLConnection jar) {
            readJar(jar, folder, into);
            return true;
        }
        return false;
    }

    private static void readJar(JarURLConnection connection, String folder, Map<String, byte[]> into) throws IOException {
        JarFile jar = connection.getJarFile();
        try {
            String prefix = folder + "/";
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry entry = entries.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        into.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        } finally {
            if (!connection.getUseCaches()) {
                jar.close();
            }
        }
    }

    /** One classpath file's bytes, empty if it is missing. */
    static Optional<byte[]> file(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
