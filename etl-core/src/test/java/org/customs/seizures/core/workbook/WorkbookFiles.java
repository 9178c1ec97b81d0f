package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The .xlsx-like files a test can reach: the shared corpus of real spreadsheets and the sample returns
 * (under the system property {@code shared.dir}), and the project's sample inbox. Only zip files are listed.
 */
final class WorkbookFiles {

    private WorkbookFiles() {
    }

    static List<Path> reachableZips() throws IOException {
        List<Path> folders = new ArrayList<>();
        String shared = System.getProperty("shared.dir");
        if (shared != null) {
            folders.add(Path.of(shared, "corpus", "real-spreadsheets"));
            folders.add(Path.of(shared, "samples", "returns"));
        }
        folders.add(Path.of("..", "data", "inbox"));
        return zipsIn(folders);
    }

    /** The zip files of the shared corpus of real spreadsheets (files from many programs, fuzzed and damaged ones). */
    static List<Path> corpusZips() throws IOException {
        String shared = System.getProperty("shared.dir");
        return shared == null ? List.of() : zipsIn(List.of(Path.of(shared, "corpus", "real-spreadsheets")));
    }

    private static List<Path> zipsIn(List<Path> folders) throws IOException {
        List<Path> zips = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                    if (startsLikeAZip(file)) {
                        zips.add(file);
                    }
                }
            }
        }
        return zips;
    }

    private static boolean startsLikeAZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2 && head[0] == 'P' && head[1] == 'K';
        }
    }
}
