package org.customs.seizures.jobs.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.customs.seizures.jobs.operations.archive.ReturnArchive;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The nightly run under faults, with the real application in a child JVM: killed at three points
 * of a return and run again, it leaves the warehouse an uninterrupted run leaves; a second run
 * while one runs exits with code 3; readers of the published copy are never blocked; a damaged
 * file is rejected and the run succeeds; an unwritable folder fails the run (exit 1) without
 * losing anything, and the next run recovers.
 */
class NightlyFaultsFunctionalTests {

    @TempDir
    static Path shared;

    static Path inbox;
    static ChildRun.Result cleanRun;
    static String cleanChecksum;
    static Path cleanWarehouse;
    static Path migratedTemplate;

    @TempDir
    Path work;

    @BeforeAll
    static void runOnceWithoutFaults() throws Exception {
        inbox = FaultTestInbox.writeInto(shared.resolve("inbox"));
        migratedTemplate = shared.resolve("template/warehouse.duckdb");
        new WarehouseFile(migratedTemplate).migrate(); // once, so child runs skip creating the schema
        cleanWarehouse = migratedWarehouse(shared.resolve("clean"));
        cleanRun = new ChildRun(shared).run("ingest", "--inbox", inbox.toString(), "--warehouse",
                cleanWarehouse.toString());
        cleanChecksum = FaultTestInbox.checksum(shared.resolve("clean/warehouse-published.duckdb"));
    }

    @Test
    void aDamagedFileAmongGoodOnesIsRejectedAndTheRunSucceeds() throws Exception {
        // given: the inbox of five returns, one damaged file and one copy (run in runOnceWithoutFaults)
        // when
        ChildRun.Result run = cleanRun;

        // then
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path published = shared.resolve("clean/warehouse-published.duckdb");
        assertThat(FaultTestInbox.single(published, "select status from dim_submission where file_name = '"
                + FaultTestInbox.DAMAGED + "'")).isEqualTo("rejected");
        assertThat(FaultTestInbox.single(published, "select count(*) from v_seizure_lines"))
                .isEqualTo(String.valueOf(FaultTestInbox.GOOD_RETURNS * FaultTestInbox.LINES_PER_RETURN));
        assertThat(FaultTestInbox.single(published, "string_agg(status, ',' order by file_name) from dim_submission"
                .replaceFirst("^", "select "))).isEqualTo("loaded,loaded,loaded,rejected,loaded,loaded,duplicate");
    }

    @ParameterizedTest(name = "killed {0} transaction {1}, loading on {2} thread(s), {3} return(s) per transaction")
    @CsvSource({"before-write, 2, 1, 1", "after-write, 3, 1, 1", "after-commit, 4, 1, 1", "after-write, 3, 2, 1",
            "after-write, 2, 1, 3"})
    void aRunKilledAtAnyPointAndRunAgainLeavesTheWarehouseOfAnUninterruptedRun(String point, int atWrite,
                                                                              int threads, int perTransaction)
            throws Exception {
        // given
        Path myInbox = work.resolve("inbox");
        FaultTestInbox.copy(inbox, myInbox);
        Path warehouse = migratedWarehouse(work.resolve("data"));
        String[] ingest = {"ingest", "--inbox", myInbox.toString(), "--warehouse", warehouse.toString()};

        // when: the run dies as kill -9 would, then the next run starts
        ChildRun.Result killed = new ChildRun(work).property("seizures.ingest-threads", String.valueOf(threads))
                .property("seizures.returns-per-transaction", String.valueOf(perTransaction))
                .withStepListener(HaltingStepListener.class,
                        Map.of("halt.point", point, "halt.return", String.valueOf(atWrite))).run(ingest);
        long committedBeforeRerun = Long.parseLong(FaultTestInbox.single(warehouse,
                "select count(*) from dim_submission"));
        boolean publishedBeforeRerun = Files.exists(work.resolve("data/warehouse-published.duckdb"));
        ChildRun.Result rerun = new ChildRun(work).run(ingest);

        // then: the killed run committed exactly the returns of the transactions before (or, after its commit,
        // including) transaction N; on several threads, the other partitions went on meanwhile, so only the
        // transaction it died in is known to be lost
        assertThat(killed.exitCode()).as(killed.toString()).isNotZero();
        assertThat(killed.err()).contains("fault injection: halting at " + point);
        long committedOnOneThread = (point.equals("after-commit") ? atWrite : atWrite - 1) * (long) perTransaction;
        if (threads == 1) {
            assertThat(committedBeforeRerun).isEqualTo(committedOnOneThread);
        } else {
            assertThat(committedBeforeRerun).isLessThanOrEqualTo(names(myInbox).size() - (long) perTransaction);
        }
        assertThat(publishedBeforeRerun).as("nothing is published by a run that did not finish").isFalse();
        // and the rerun takes over the lock, restarts the execution and publishes what a clean run publishes
        assertThat(rerun.exitCode()).as(rerun.toString()).isZero();
        assertThat(rerun.err()).contains("Taking over the lock file").contains("restarting it");
        assertThat(FaultTestInbox.checksum(work.resolve("data/warehouse-published.duckdb"))).isEqualTo(cleanChecksum);
        assertThat(FaultTestInbox.checksum(warehouse)).isEqualTo(cleanChecksum);
        // and every file is archived once, unchanged, under its SHA-256; the inbox is untouched
        assertArchivedUnchanged(myInbox, work.resolve("data/archive"));
        assertThat(names(myInbox)).isEqualTo(names(inbox));
    }

    @Test
    void whileARunHoldsTheWarehouseASecondRunExitsWith3AndReadersOfThePublishedCopyAreNotBlocked()
            throws Exception {
        // given: a warehouse published with the first three files, and a reader holding the published copy open
        Path myInbox = work.resolve("inbox");
        Files.createDirectories(myInbox);
        Path warehouse = migratedWarehouse(work.resolve("data"));
        Path published = work.resolve("data/warehouse-published.duckdb");
        String[] ingest = {"ingest", "--inbox", myInbox.toString(), "--warehouse", warehouse.toString()};
        try (Stream<Path> files = Files.list(inbox).sorted()) {
            for (Path file : files.limit(3).toList()) {
                Files.copy(file, myInbox.resolve(file.getFileName()));
            }
        }
        assertThat(new ChildRun(work).run(ingest).exitCode()).isZero();
        FaultTestInbox.copy(inbox, work.resolve("rest"));
        try (Stream<Path> files = Files.list(work.resolve("rest"))) {
            for (Path file : files.toList()) {
                if (!Files.exists(myInbox.resolve(file.getFileName()))) {
                    Files.move(file, myInbox.resolve(file.getFileName()));
                }
            }
        }
        Path signal = work.resolve("pause.signal");
        Path resume = work.resolve("pause.resume");
        try (Connection reader = readOnly(published)) {
            long before = count(reader);

            // when: a run pauses while holding the warehouse, and a second run and readers come
            ChildRun.Running first = new ChildRun(work).withStepListener(PausingStepListener.class,
                    Map.of("pause.signal", signal.toString(), "pause.resume", resume.toString())).start(ingest);
            awaitFile(signal, first);
            ChildRun.Result second = new ChildRun(work).run(ingest);
            long readDuringRun;
            try (Connection another = readOnly(published)) {
                readDuringRun = count(another);
            }
            ChildRun.Result sql = new ChildRun(work).run("sql", "select count(*) as files from dim_submission",
                    "--format", "csv", "--warehouse", published.toString());
            Files.writeString(resume, "go");
            ChildRun.Result firstEnd = first.waitForEnd();

            // then
            assertThat(second.exitCode()).as(second.toString()).isEqualTo(3);
            assertThat(second.err()).contains("process " + first.process().pid()).contains("started");
            assertThat(readDuringRun).isEqualTo(before);
            assertThat(sql.exitCode()).as(sql.toString()).isZero();
            assertThat(sql.out()).contains("files\n" + before);
            assertThat(firstEnd.exitCode()).as(firstEnd.toString()).isZero();
            assertThat(count(reader)).as("a reader that had the old copy open keeps reading it").isEqualTo(before);
        }
        try (Connection after = readOnly(published)) {
            assertThat(count(after)).isEqualTo(7);
        }
    }

    @Test
    void anUnwritableOutputFolderFailsTheNightlyWithExit1AndTheNextNightlyRecovers() throws Exception {
        // given: the output folder is a path under a regular file (root ignores permissions, not this)
        Path myInbox = work.resolve("inbox");
        FaultTestInbox.copy(inbox, myInbox);
        Path blocker = Files.writeString(work.resolve("not-a-folder"), "x");
        Path out = blocker.resolve("out");
        Path warehouse = migratedWarehouse(work.resolve("data"));
        String[] nightly = {"nightly", "--inbox", myInbox.toString(), "--warehouse", warehouse.toString(),
                "--out", out.toString()};

        // when
        ChildRun.Result failed = new ChildRun(work).run(nightly);
        Files.delete(blocker);
        ChildRun.Result recovered = new ChildRun(work).run(nightly);

        // then: the failure says where, the returns are kept, and the next nightly writes the statistics
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains(blocker.toString());
        assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
        assertThat(recovered.out()).contains("new files: 0");
        assertThat(FaultTestInbox.checksum(work.resolve("data/warehouse-published.duckdb"))).isEqualTo(cleanChecksum);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("seizure-statistics-2019-05.xlsx");
        }
    }

    @Test
    void anUnwritableArchiveFailsTheRunWithExit1WithoutLosingAFileAndTheNextRunLoadsThemAll() throws Exception {
        // given: the archive folder is a path under a regular file
        Path myInbox = work.resolve("inbox");
        FaultTestInbox.copy(inbox, myInbox);
        Path blocker = Files.writeString(work.resolve("not-a-folder"), "x");
        Path warehouse = migratedWarehouse(work.resolve("data"));
        String[] ingest = {"ingest", "--inbox", myInbox.toString(), "--warehouse", warehouse.toString()};

        // when
        ChildRun.Result failed = new ChildRun(work).property("seizures.archive", blocker.resolve("archive").toString())
                .run(ingest);
        long ledgerAfterFailure = Long.parseLong(FaultTestInbox.single(warehouse, "select count(*) from dim_submission"));
        ChildRun.Result recovered = new ChildRun(work).run(ingest);

        // then: the return being archived was rolled back with the failure, so nothing is in the ledger unarchived
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(failed.err()).contains("Cannot archive");
        assertThat(ledgerAfterFailure).isZero();
        assertThat(recovered.exitCode()).as(recovered.toString()).isZero();
        assertThat(FaultTestInbox.checksum(warehouse)).isEqualTo(cleanChecksum);
        assertArchivedUnchanged(myInbox, work.resolve("data/archive"));
    }

    private static Path migratedWarehouse(Path folder) throws IOException {
        Files.createDirectories(folder);
        return Files.copy(migratedTemplate, folder.resolve("warehouse.duckdb"));
    }

    private static void assertArchivedUnchanged(Path inbox, Path archiveRoot) throws IOException {
        ReturnArchive archive = new ReturnArchive(archiveRoot);
        Set<String> expected = new HashSet<>();
        for (Path file : names(inbox).stream().map(inbox::resolve).toList()) {
            String sha = sha256(file);
            Path place = archive.placeOf(file, sha);
            assertThat(place).exists();
            assertThat(Files.mismatch(place, file)).isEqualTo(-1L);
            expected.add(archiveRoot.relativize(place).toString());
        }
        try (Stream<Path> archived = Files.walk(archiveRoot)) {
            assertThat(archived.filter(Files::isRegularFile).map(p -> archiveRoot.relativize(p).toString()))
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            Set<String> names = new HashSet<>();
            files.forEach(p -> names.add(p.getFileName().toString()));
            return names;
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(Files.readAllBytes(file)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection readOnly(Path file) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection(new WarehouseFile(file).jdbcUrl(), properties);
    }

    private static long count(Connection connection) throws Exception {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select count(*) from dim_submission")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void awaitFile(Path file, ChildRun.Running run) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!Files.exists(file)) {
            if (!run.process().isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the run did not pause: " + run.waitForEnd());
            }
            Thread.sleep(50);
        }
    }
}
