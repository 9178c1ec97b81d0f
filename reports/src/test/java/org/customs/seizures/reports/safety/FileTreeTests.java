package org.customs.seizures.reports.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileTreeTests {

    @TempDir
    Path work;

    @Test
    void aFolderGoesWithEverythingInItAndALinkInsideIsRemovedNotFollowed() throws Exception {
        // given: a folder with a sub-folder, a file, and a link to a folder outside it
        Path kept = Files.writeString(Files.createDirectories(work.resolve("outside")).resolve("kept.txt"), "x");
        Path tree = Files.createDirectories(work.resolve("tree/year=2019/month=5"));
        Files.writeString(tree.resolve("data_0.parquet"), "x");
        Files.createSymbolicLink(work.resolve("tree/link"), work.resolve("outside"));

        // when
        FileTree.delete(work.resolve("tree"));

        // then
        assertThat(work.resolve("tree")).doesNotExist();
        assertThat(kept).exists();
    }

    @Test
    void aFileGoesAndAMissingPathIsNothingToDo() throws Exception {
        Path file = Files.writeString(work.resolve("f.txt"), "x");

        FileTree.delete(file);
        FileTree.delete(work.resolve("missing"));

        assertThat(file).doesNotExist();
    }
}
