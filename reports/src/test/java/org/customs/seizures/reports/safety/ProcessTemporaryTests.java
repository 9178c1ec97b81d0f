package org.customs.seizures.reports.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessTemporaryTests {

    private static final ProcessTemporary COPYING = new ProcessTemporary("copying");

    @TempDir
    Path work;

    @Test
    void eachTemporaryIsHiddenBesideItsTargetNamedAfterThisProcessAndNewForEachWrite() {
        // given / when: two writes of the same target in this process
        Path first = COPYING.of(work.resolve("ab/ab12.xlsx"));
        Path second = COPYING.of(work.resolve("ab/ab12.xlsx"));

        // then
        String prefix = ".ab12.xlsx.copying-" + ProcessHandle.current().pid() + ".";
        assertThat(first.getParent()).isEqualTo(work.resolve("ab"));
        assertThat(first.getFileName().toString()).startsWith(prefix).matches(".*\\.\\d+");
        assertThat(second.getFileName().toString()).startsWith(prefix);
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void aTemporaryOfAProcessThatNoLongerRunsIsRemovedAndAWriteUnderWayIsNot() throws Exception {
        // given: below the folder, one temporary of an ended process, one of this process, one whole file
        Path whole = Files.writeString(Files.createDirectories(work.resolve("ab")).resolve("ab12.xlsx"), "bytes");
        Path abandoned = Files.writeString(COPYING.of(whole, EndedProcess.pid()), "byt");
        Path underWay = Files.writeString(COPYING.of(whole), "by");

        // when
        var removed = COPYING.sweep(work, 2);

        // then
        assertThat(removed).containsExactly(abandoned);
        assertThat(abandoned).doesNotExist();
        assertThat(underWay).exists();
        assertThat(whole).hasContent("bytes");
    }

    @Test
    void onlyTemporariesOfItsOwnKindAndDepthAreRemoved() throws Exception {
        // given: an ended process's temporaries of another kind, too deep, and look-alikes without a pid or a write
        long ended = EndedProcess.pid();
        Path whole = work.resolve("warehouse-published.duckdb");
        Path otherKind = Files.writeString(new ProcessTemporary("publishing").of(whole, ended), "x");
        Path tooDeep = Files.writeString(COPYING.of(Files.createDirectories(work.resolve("a/b")).resolve("f"), ended),
                "x");
        Path noPid = Files.writeString(work.resolve(".f.copying-.1"), "x");
        Path noWrite = Files.writeString(work.resolve(".f.copying-" + ended), "x");

        // when
        var removed = COPYING.sweep(work, 1);

        // then
        assertThat(removed).isEmpty();
        assertThat(otherKind).exists();
        assertThat(tooDeep).exists();
        assertThat(noPid).exists();
        assertThat(noWrite).exists();
    }

    @Test
    void aTemporaryFolderIsRemovedWithEverythingInIt() throws Exception {
        // given: the staging folder of an export whose process has ended
        ProcessTemporary exporting = new ProcessTemporary("exporting");
        Path staging = Files.createDirectories(exporting.of(work.resolve("tables"), EndedProcess.pid()));
        Files.writeString(Files.createDirectories(staging.resolve("fact/year=2019")).resolve("data_0.parquet"), "x");

        // when
        var removed = exporting.sweep(work, 1);

        // then
        assertThat(removed).containsExactly(staging);
        assertThat(staging).doesNotExist();
    }

    @Test
    void aFolderNotYetMadeHoldsNone() {
        assertThat(COPYING.sweep(work.resolve("not-yet"), 2)).isEmpty();
    }

    @Test
    void theWordInTheNameIsPlainLowerCase() {
        assertThatThrownBy(() -> new ProcessTemporary("copy.*")).isInstanceOf(IllegalArgumentException.class);
    }
}
