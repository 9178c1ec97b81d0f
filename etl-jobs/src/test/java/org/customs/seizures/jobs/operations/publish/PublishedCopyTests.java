package org.customs.seizures.jobs.operations.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Stream;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Publishing on a small stand-in warehouse (a dim_submission table is all the check reads). */
class PublishedCopyTests {

    /** A pid no process has (Linux's pid_max is at most 2^22): what a run killed while writing leaves behind. */
    private static final long NO_SUCH_PROCESS = 4_194_305L;

    @TempDir
    Path work;

    @Test
    void theCopyIsNamedAfterTheWorkingFileBesideIt() {
        // given / when / then
        assertThat(PublishedCopy.siblingOf(Path.of("/srv/data/warehouse.duckdb")))
                .isEqualTo(Path.of("/srv/data/warehouse-published.duckdb"));
    }

    @Test
    void publishingReplacesTheCopyWhileAReaderKeepsTheOldOneOpen() throws Exception {
        // given: a published copy with one submission, open in a reader
        Path working = work.resolve("warehouse.duckdb");
        Path published = work.resolve("warehouse-published.duckdb");
        execute(working, "create table dim_submission (submission_key integer)", "insert into dim_submission values (1)");
        PublishedCopy copy = new PublishedCopy(working, published);
        copy.publish();
        try (Connection reader = readOnly(published)) {
            execute(working, "insert into dim_submission values (2)");

            // when
            copy.publish();

            // then: the reader still reads its copy
            assertThat(count(reader)).isEqualTo(1);
        }
        // and the next reader reads the new one (within one JVM DuckDB shares a file's database while any
        // connection to it is open, so it is opened after the first reader closed; the fault tests use processes)
        try (Connection next = readOnly(published)) {
            assertThat(count(next)).isEqualTo(2);
        }
        // and no temporary file is left
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("warehouse.duckdb", "warehouse-published.duckdb");
        }
    }

    @Test
    void publishingRemovesTheCopyARunKilledWhilePublishingLeft() throws Exception {
        // given: the hidden, unchecked copy of a run that died while publishing
        Path working = work.resolve("warehouse.duckdb");
        execute(working, "create table dim_submission (submission_key integer)");
        Path abandoned = Files.writeString(work.resolve(".warehouse-published.duckdb.publishing-"
                + NO_SUCH_PROCESS + ".1"), "half a warehouse");

        // when
        new PublishedCopy(working, work.resolve("warehouse-published.duckdb")).publish();

        // then
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("warehouse.duckdb", "warehouse-published.duckdb");
        }
        assertThat(abandoned).doesNotExist();
    }

    private static void execute(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(new WarehouseFile(file).jdbcUrl());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
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
}
