package org.customs.seizures.reports.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTests {

    @TempDir
    Path folder;

    @Test
    void writesTheContentAndCreatesTheFolder() throws IOException {
        Path target = folder.resolve("out/2019/statistics.csv");

        AtomicFile.write(target, out -> out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("a,b");
        assertThat(listing(target.getParent())).containsExactly(target);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path target = folder.resolve("statistics.csv");
        Files.writeString(target, "old");

        AtomicFile.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));

        assertThat(target).hasContent("new");
    }

    @Test
    void keepsTheOldFileAndRemovesTheTemporaryOneWhenWritingFails() throws IOException {
        Path target = folder.resolve("statistics.xlsx");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFile.write(target, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).isInstanceOf(IOException.class).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(listing(folder)).containsExactly(target);
    }

    @Test
    void theNextWriteRemovesWhatAWriterKilledWhileWritingLeft() throws Exception {
        // given: the hidden half of a workbook whose process was killed while writing it
        Path abandoned = Files.writeString(folder.resolve(".statistics-2019-05.xlsx.writing-" + EndedProcess.pid()
                + ".1"), "half");
        Path target = folder.resolve("statistics-2019-06.xlsx");

        // when
        AtomicFile.write(target, out -> out.write("whole".getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(abandoned).doesNotExist();
        assertThat(listing(folder)).containsExactly(target);
    }

    private static java.util.List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
