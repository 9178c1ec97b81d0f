package org.customs.seizures.jobs.operations.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReturnArchiveTests {

    /** A pid no process has (Linux's pid_max is at most 2^22): what a run killed while writing leaves behind. */
    private static final long NO_SUCH_PROCESS = 4_194_305L;

    private static final String SHA = "ab12" + "0".repeat(60);

    @TempDir
    Path work;

    @Test
    void aFileIsCopiedUnderItsDigestAndLeftInTheInbox() throws Exception {
        // given
        Path file = Files.writeString(work.resolve("FRA_2019-01.XLSX"), "bytes");
        ReturnArchive archive = new ReturnArchive(work.resolve("archive"));

        // when
        Path kept = archive.keep(file, SHA);

        // then
        assertThat(kept).isEqualTo(work.resolve("archive/ab/" + SHA + ".xlsx"));
        assertThat(kept).hasContent("bytes");
        assertThat(file).hasContent("bytes");
        try (var entries = Files.list(kept.getParent())) {
            assertThat(entries).containsExactly(kept);
        }
    }

    @Test
    void bytesAlreadyArchivedAreNotCopiedAgain() throws Exception {
        // given
        ReturnArchive archive = new ReturnArchive(work.resolve("archive"));
        Path kept = archive.keep(Files.writeString(work.resolve("a.xlsx"), "bytes"), SHA);
        FileTime before = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(kept, before);

        // when
        Path again = archive.keep(Files.writeString(work.resolve("copy-of-a.xlsx"), "bytes"), SHA);

        // then
        assertThat(again).isEqualTo(kept);
        assertThat(Files.getLastModifiedTime(kept)).isEqualTo(before);
    }

    @Test
    void anArchiveThatCannotBeWrittenSaysWhereAndThatTheFileIsKept() throws Exception {
        // given: the archive folder lies under a regular file
        Path blocker = Files.writeString(work.resolve("blocker"), "x");
        ReturnArchive archive = new ReturnArchive(blocker.resolve("archive"));
        Path file = Files.writeString(work.resolve("a.xlsx"), "bytes");

        // when / then
        assertThatThrownBy(() -> archive.keep(file, SHA))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot archive " + file)
                .hasMessageContaining("stays in the inbox");
        assertThat(file).hasContent("bytes");
    }

    @Test
    void aRunSweepsTheCopiesCutShortByARunThatWasKilled() throws Exception {
        // given: beside an archived file, the hidden copy a run killed while copying left
        ReturnArchive archive = new ReturnArchive(work.resolve("archive"));
        Path kept = archive.keep(Files.writeString(work.resolve("a.xlsx"), "bytes"), SHA);
        Path abandoned = Files.writeString(kept.resolveSibling("." + kept.getFileName() + ".copying-"
                + NO_SUCH_PROCESS + ".1"), "byt");

        // when
        var swept = archive.sweepAbandonedCopies();

        // then
        assertThat(swept).containsExactly(abandoned);
        try (var entries = Files.list(kept.getParent())) {
            assertThat(entries).containsExactly(kept);
        }
    }

    @Test
    void theDefaultArchiveIsBesideTheWarehouse() {
        // given / when
        ReturnArchive archive = ReturnArchive.beside(work.resolve("data/warehouse.duckdb"), "");

        // then
        assertThat(archive.root()).isEqualTo(work.resolve("data/archive"));
    }
}
