package org.customs.seizures.jobs.operations.lock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.customs.seizures.jobs.warehouse.WarehouseInUseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunLockTests {

    @TempDir
    Path work;

    @Test
    void aSecondRunIsRefusedWithTheHolderNamed() {
        // given
        Path warehouse = work.resolve("data/warehouse.duckdb");
        try (RunLock first = RunLock.acquire(warehouse, "nightly")) {
            // when / then
            assertThatThrownBy(() -> RunLock.acquire(warehouse, "ingest"))
                    .isInstanceOf(WarehouseInUseException.class)
                    .hasMessageContaining("process " + ProcessHandle.current().pid())
                    .hasMessageContaining("'nightly' run")
                    .hasMessageContaining(RunLock.fileOf(warehouse).toString());
        }
    }

    @Test
    void theLockIsFreeAgainOnceReleasedAndItsFileIsEmpty() throws Exception {
        // given
        Path warehouse = work.resolve("warehouse.duckdb");
        RunLock.acquire(warehouse, "ingest").close();

        // when
        try (RunLock again = RunLock.acquire(warehouse, "ingest")) {
            // then
            assertThat(Files.readString(RunLock.fileOf(warehouse))).contains("pid=" + ProcessHandle.current().pid());
        }
        assertThat(Files.size(RunLock.fileOf(warehouse))).isZero();
        assertThat(RunLock.holderOf(warehouse)).isNull();
    }

    @Test
    void aLockFileLeftByAKilledRunIsTakenOver() throws Exception {
        // given: the content a killed process leaves (its OS lock died with it)
        Path warehouse = work.resolve("warehouse.duckdb");
        Files.writeString(RunLock.fileOf(warehouse), "pid=999999\nhost=elsewhere\ncommand=nightly\nstarted=2019-01-01T02:00\n");

        // when
        try (RunLock lock = RunLock.acquire(warehouse, "ingest")) {
            // then
            assertThat(Files.readString(RunLock.fileOf(warehouse))).contains("pid=" + ProcessHandle.current().pid())
                    .contains("command=ingest").doesNotContain("999999");
        }
    }

    @Test
    void theLockFileIsNamedAfterTheWarehouseBesideIt() {
        // given / when
        Path file = RunLock.fileOf(Path.of("data/warehouse.duckdb"));

        // then
        assertThat(file).isEqualTo(Path.of("data/warehouse.duckdb.lock").toAbsolutePath());
    }
}
