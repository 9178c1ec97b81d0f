package org.customs.seizures.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureQuantity;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.jobs.SeizuresApplication;
import org.customs.seizures.jobs.warehouse.WarehouseFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ingestReturnsJob} end to end on generated returns: a run that fails part-way is restarted
 * by the next run, which loads only what the failed run did not commit; partitions loading at the same time
 * leave what one thread would.
 */
class IngestReturnsJobFunctionalTests {

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0} return(s) per transaction")
    @ValueSource(ints = {1, 2})
    void aFailedRunIsRestartedAndLoadsEachReturnExactlyOnce(int perTransaction) throws Exception {
        // given: four returns in the inbox, and a warehouse
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        int expectedLines = writeReturns(inbox, 4, 6);
        WarehouseFile warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        warehouse.migrate();

        // when: the first run crashes while loading the third return (with two per transaction: the fourth too)
        IngestRun.IngestOutcome failed;
        long failedInstance;
        try (ConfigurableApplicationContext context = start(warehouse, perTransaction, CrashAtThirdReturn.class)) {
            failed = context.getBean(IngestRun.class).run(inbox);
            failedInstance = instanceOf(context, failed.executionId());
            // then: it failed, and only the two returns before the crash are in the warehouse
            assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
            assertThat(count(context, "select count(*) from dim_submission")).isEqualTo(2);
        }

        // when: the next run starts
        try (ConfigurableApplicationContext context = start(warehouse, perTransaction)) {
            IngestRun.IngestOutcome restarted = context.getBean(IngestRun.class).run(inbox);

            // then: it is a restart of the same job instance, and every return is loaded once
            assertThat(restarted.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(instanceOf(context, restarted.executionId())).isEqualTo(failedInstance);
            assertThat(restarted.summary().files()).isEqualTo(2);
            assertThat(count(context, "select count(*) from dim_submission")).isEqualTo(4);
            assertThat(count(context, "select count(distinct file_name) from dim_submission")).isEqualTo(4);
            assertThat(count(context, "select count(*) from fact_seizure_line")).isEqualTo(expectedLines);
            assertThat(count(context, "select count(*) from (select submission_key, source_sheet, source_row "
                    + "from fact_seizure_line group by all having count(*) > 1)")).isZero();
        }
    }

    @Test
    void aSecondRunOnTheSameInboxLoadsNothingNew() throws Exception {
        // given
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        int expectedLines = writeReturns(inbox, 2, 5);
        WarehouseFile warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        warehouse.migrate();
        try (ConfigurableApplicationContext context = start(warehouse, 1)) {
            IngestRun run = context.getBean(IngestRun.class);
            assertThat(run.run(inbox).summary().files()).isEqualTo(2);

            // when
            IngestRun.IngestOutcome second = run.run(inbox);

            // then
            assertThat(second.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(second.summary().files()).isZero();
            assertThat(count(context, "select count(*) from fact_seizure_line")).isEqualTo(expectedLines);
        }
    }

    @Test
    void theOutcomeNamesTheConfiguredLimitsTheRunReadFilesWith() throws Exception {
        // given: limits set apart from the defaults, as an operator would in application.yml or the environment
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeReturns(inbox, 1, 3);
        WarehouseFile warehouse = new WarehouseFile(work.resolve("warehouse.duckdb"));
        warehouse.migrate();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeizuresApplication.class)
                .web(WebApplicationType.NONE)
                .run("--seizures.warehouse=" + warehouse.path(), "--seizures.max-file-size=7MB",
                        "--seizures.max-sheet-size=3GB")) {

            // when
            IngestRun.IngestOutcome outcome = context.getBean(IngestRun.class).run(inbox);

            // then: the feedback that reads the run's files again is given the same limits
            assertThat(outcome.status()).isEqualTo(BatchStatus.COMPLETED);
            assertThat(outcome.limits().maxFileBytes()).isEqualTo(7L * 1024 * 1024);
            assertThat(outcome.limits().maxEntryBytes()).isEqualTo(3L * 1024 * 1024 * 1024);
        }
    }

    @Test
    void loadingOnTwoThreadsLeavesTheWarehouseOfALoadOnOneThread() throws Exception {
        // given: six returns, the same bytes twice under another name, and two resubmissions of one return
        // (a second version, and a copy without version whose later receipt decides)
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeReturns(inbox, 6, 7);
        Files.copy(inbox.resolve("FRA_2019-02.xlsx"), inbox.resolve("FRA_2019-02_copy.xlsx"));
        FixtureReturns fixtures = new FixtureReturns(7);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        writer.writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2019, 3), Language.FR, 4).withVersion(2));
        writer.write(fixtures.monthlyReturn("FRA", YearMonth.of(2019, 4), Language.ES, 3),
                inbox.resolve("FRA_2019-04_resent.xlsx"));

        // when
        String oneThread = loadAndDescribe(inbox, "one", 1);
        String twoThreads = loadAndDescribe(inbox, "two", 2);

        // then
        assertThat(twoThreads).isEqualTo(oneThread);
        assertThat(oneThread).contains("FRA_2019-02_copy.xlsx:duplicate:0:FRA_2019-02.xlsx", "FRA_2019-03.xlsx:superseded",
                "FRA_2019-03_v2.xlsx:loaded", "FRA_2019-04.xlsx:superseded", "FRA_2019-04_resent.xlsx:loaded");
    }

    @Test
    void readingBigReturnsAheadOfTheWriterLeavesTheWarehouseOfAReadOnOneThread() throws Exception {
        // given: returns of 1,300 lines (several hand-over batches each), one with rejected lines and warnings
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        writeReturns(inbox, 2, 1_300);
        FixtureReturns fixtures = new FixtureReturns(9);
        List<FixtureLine> lines = new ArrayList<>(fixtures.lines("KEN", YearMonth.of(2019, 5), Language.EN, 1_300));
        java.util.Set<Integer> rejected = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i += 97) {
            lines.set(i, lines.get(i).withQuantity(new FixtureQuantity.Text("about ten"))); // rejected: QTY_NOT_NUMBER
            rejected.add(i);
        }
        for (int i = 5; i < lines.size(); i += 89) {
            lines.set(i, lines.get(i).withCaseRef(null));                  // rejected: REQUIRED_MISSING
            rejected.add(i);
        }
        for (int i = 11; i < lines.size(); i += 71) {
            lines.set(i, lines.get(i).withTransportMode("by camel"));      // loaded as written
        }
        new ReturnWorkbookWriter(LayoutOptions.plain()).writeInto(inbox,
                FixtureReturn.of("KEN", YearMonth.of(2019, 5), lines));

        // when: every return read ahead of the writer, then none
        String ahead = loadAndDescribe(inbox, "ahead", 1, "--seizures.read-ahead-size=0");
        String oneThread = loadAndDescribe(inbox, "direct", 1, "--seizures.read-ahead-size=1GB");

        // then
        assertThat(ahead).isEqualTo(oneThread);
        assertThat(oneThread).contains("KEN_2019-05.xlsx:loaded:" + (1_300 - rejected.size()) + ":");
        assertThat(oneThread.split("\n")[3]).as("the rejected lines' faults").startsWith(rejected.size() + ":");
    }

    /** Loads the inbox into a new warehouse on {@code threads} threads; describes what it holds, keys aside. */
    private String loadAndDescribe(Path inbox, String name, int threads, String... settings) throws Exception {
        WarehouseFile warehouse = new WarehouseFile(work.resolve(name + ".duckdb"));
        warehouse.migrate();
        List<String> args = new ArrayList<>(List.of("--seizures.warehouse=" + warehouse.path(),
                "--seizures.ingest-threads=" + threads));
        args.addAll(List.of(settings));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SeizuresApplication.class)
                .web(WebApplicationType.NONE)
                .run(args.toArray(String[]::new))) {
            assertThat(context.getBean(IngestRun.class).run(inbox).status()).isEqualTo(BatchStatus.COMPLETED);
            return text(context, "select string_agg(s.file_name || ':' || s.status || ':' || s.rows_loaded || ':' "
                    + "|| coalesce(d.file_name, ''), ', ' order by s.file_name) from dim_submission s "
                    + "left join (select submission_key, file_name from dim_submission) d "
                    + "on d.submission_key = s.duplicate_of")
                    + "\n" + text(context, "select md5(string_agg(t::varchar, '|' order by t::varchar)) "
                    + "from v_seizure_lines t")
                    + "\n" + text(context, "select md5(string_agg(t::varchar, '|' order by t::varchar)) "
                    + "from v_monthly_yoy t")
                    + "\n" + text(context, "select count(*) || ':' || md5(string_agg(t::varchar, '|' order by "
                    + "t::varchar)) from (select file_name, sheet, row_number, case_ref, column_name, raw_value, "
                    + "reason_code, message from etl_reject) t")
                    + "\n" + text(context, "select count(*) || ':' || md5(string_agg(t::varchar, '|' order by "
                    + "t::varchar)) from (select file_name, sheet, row_number, case_ref, column_name, raw_value, "
                    + "warning_code, message from etl_warning) t");
        }
    }

    private static String text(ConfigurableApplicationContext context, String sql) throws Exception {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Writes {@code returns} monthly returns of {@code lines} good lines each; returns the number of lines. */
    private static int writeReturns(Path inbox, int returns, int lines) throws Exception {
        FixtureReturns fixtures = new FixtureReturns(42);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        for (int i = 0; i < returns; i++) {
            writer.writeInto(inbox, fixtures.monthlyReturn("FRA", YearMonth.of(2019, 1 + i), Language.EN, lines));
        }
        return returns * lines;
    }

    private static ConfigurableApplicationContext start(WarehouseFile warehouse, int perTransaction,
                                                        Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(SeizuresApplication.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .run("--seizures.warehouse=" + warehouse.path(), "--seizures.ingest-threads=1", // "the third" in order
                        "--seizures.returns-per-transaction=" + perTransaction);
    }

    private static long instanceOf(ConfigurableApplicationContext context, long executionId) {
        JobExecution execution = context.getBean(JobRepository.class).getJobExecution(executionId);
        return execution.getJobInstance().getInstanceId();
    }

    private static long count(ConfigurableApplicationContext context, String sql) throws Exception {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
             Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Replaces the job's writer with one that crashes on the third return. */
    static class CrashAtThirdReturn implements BeanPostProcessor, BeanFactoryAware {
        private BeanFactory beanFactory;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
            this.beanFactory = beanFactory;
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof ReturnLoader && !(bean instanceof FailingReturnLoader)) {
                return new FailingReturnLoader(beanFactory.getBean(DataSource.class),
                        beanFactory.getBean(ReturnIntake.class), beanFactory.getBean(Clock.class), 3);
            }
            return bean;
        }
    }
}
