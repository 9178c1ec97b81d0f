package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.operations.OperationCatalogue;
import org.customs.seizures.core.returns.HeaderSynonyms;
import org.customs.seizures.core.returns.ReturnReader;
import org.customs.seizures.core.units.UnitCatalogue;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.jobs.SeizuresSettings;
import org.customs.seizures.jobs.curation.AliasFolder;
import org.customs.seizures.jobs.operations.archive.ArchiveOnWrite;
import org.customs.seizures.jobs.operations.archive.ReturnArchive;
import org.customs.seizures.jobs.operations.faults.FaultInjection;
import org.customs.seizures.jobs.operations.progress.RunProgress;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.SyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestReturnsJob}: {@code loadReturnsStep} splits the inbox into partitions
 * ({@link InboxPartitioner}) that load at the same time, each on its own thread
 * ({@code seizures.ingest-threads}), a few returns at a time ({@link InboxBatch}) in one chunk and one
 * transaction (lines, rejections, ledger rows and the partition's progress together); then
 * {@code resolveVersionsStep} decides which version of each return is current, and
 * {@code refreshStatisticsStep} recomputes the monthly statistics, each once in one transaction (a restart
 * runs what did not complete).
 */
@Configuration(proxyBeanMethods = false)
class IngestReturnsJobConfiguration {

    static final String JOB_NAME = "ingestReturnsJob";
    static final String STEP_NAME = "loadReturnsStep";
    static final String PARTITION_STEP_NAME = "loadPartitionStep";
    static final String VERSIONS_STEP_NAME = "resolveVersionsStep";
    static final String REFRESH_STEP_NAME = "refreshStatisticsStep";

    @Bean
    Job ingestReturnsJob(JobRepository jobRepository, Step loadReturnsStep, Step resolveVersionsStep,
                         Step refreshStatisticsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadReturnsStep)
                .next(resolveVersionsStep)
                .next(refreshStatisticsStep)
                .build();
    }

    /** Once every return is in: which version of each return is current, in one transaction. */
    @Bean
    Step resolveVersionsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             DataSource dataSource) {
        return new StepBuilder(VERSIONS_STEP_NAME, jobRepository)
                .tasklet(new VersionResolution(dataSource), transactionManager)
                .build();
    }

    /** After the last return: the monthly statistics (v_monthly_yoy) recomputed once, in one transaction. */
    @Bean
    Step refreshStatisticsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               DataSource dataSource) {
        return new StepBuilder(REFRESH_STEP_NAME, jobRepository)
                .tasklet(new StatisticsRefresh(dataSource), transactionManager)
                .build();
    }

    @Bean
    RunProgress<InboxBatch> runProgress(ReturnLoader returnLoader) {
        return new RunProgress<>(inbox -> InboxReader.list(inbox).size(), InboxBatch::firstPath, InboxBatch::size,
                returnLoader, Duration.ofSeconds(10));
    }

    /** The manager: splits the inbox and runs the partitions, {@code seizures.ingest-threads} at a time. */
    @Bean
    Step loadReturnsStep(JobRepository jobRepository, InboxPartitioner inboxPartitioner, Step loadPartitionStep,
                         SeizuresSettings settings, ReturnLoader returnLoader, ReturnArchive returnArchive,
                         RunProgress<InboxBatch> runProgress) {
        int threads = settings.ingestThreads();
        return new StepBuilder(STEP_NAME, jobRepository)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        returnLoader.startRun(); // keys are read again: another command may have written since
                        returnArchive.sweepAbandonedCopies(); // copies cut short by a run that was killed
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        // the partitions read batches of files: the step's read count (shown by `history`) is files
                        stepExecution.setReadCount(runProgress.filesExamined());
                        return null;
                    }
                })
                .listener(runProgress)
                .partitioner(PARTITION_STEP_NAME, inboxPartitioner)
                .step(loadPartitionStep)
                .gridSize(threads)
                .taskExecutor(threads == 1 ? new SyncTaskExecutor() : ingestThreads(threads))
                .build();
    }

    /** One partition of the inbox, batch by batch: each batch of returns is one chunk and one transaction. */
    @Bean
    Step loadPartitionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                           InboxReader inboxReader, LedgerFilter ledgerFilter, ReturnLoader returnLoader,
                           ReturnArchive returnArchive, RunProgress<InboxBatch> runProgress) {
        ChunkOrientedStepBuilder<InboxBatch, InboxBatch> step = new StepBuilder(PARTITION_STEP_NAME, jobRepository)
                .<InboxBatch, InboxBatch>chunk(1) // one batch of returns per transaction
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .processor(ledgerFilter)
                .writer(returnLoader)
                // inside the chunk's transaction: a file is in the ledger only if it is in the archive
                .listener(new ArchiveOnWrite<InboxBatch, InboxFile>(returnArchive, InboxBatch::files,
                        InboxFile::path, InboxFile::sha256))
                .listener(runProgress.filesListener());
        FaultInjection.stepListener().ifPresent(step::listener);
        return step.build();
    }

    private static TaskExecutor ingestThreads(int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("ingest-");
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    @Bean
    @StepScope
    InboxPartitioner inboxPartitioner(@Value("#{jobParameters['inbox']}") String inbox) {
        return new InboxPartitioner(Path.of(inbox));
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{stepExecutionContext['" + InboxPartitioner.FILES + "']}") List<String> files,
                            @Value("#{stepExecutionContext['" + InboxPartitioner.ORDINALS + "']}")
                            List<Integer> ordinals, SeizuresSettings settings) {
        return new InboxReader(InboxPartitioner.filesOf(files, ordinals), settings.returnsPerTransaction(),
                settings.transactionSize().toBytes());
    }

    @Bean
    ReturnArchive returnArchive(SeizuresSettings settings, @Value("${seizures.archive:}") String archive) {
        return ReturnArchive.beside(settings.warehouse(), archive);
    }

    @Bean
    LedgerFilter ledgerFilter(DataSource dataSource) {
        return new LedgerFilter(dataSource);
    }

    @Bean
    ReturnLoader returnLoader(DataSource dataSource, ReturnIntake returnIntake, Clock clock) {
        return new ReturnLoader(dataSource, returnIntake, clock);
    }

    @Bean
    ReturnIntake returnIntake(SeizuresSettings settings, Clock clock,
                              @Value("${seizures.aliases:" + AliasFolder.DEFAULT + "}") Path aliases) {
        CuratedCatalogues catalogues = new AliasFolder(aliases).catalogues(); // the data team's overrides in front
        CountryResolver countries = catalogues.countries();
        OperationCatalogue operations = OperationCatalogue.fromClasspath();
        UnitCatalogue units = catalogues.units();
        ReturnReader reader = new ReturnReader(HeaderSynonyms.fromClasspath(),
                raw -> countries.resolve(raw).map(c -> c.iso3()),
                raw -> operations.resolve(raw).map(o -> o.code()),
                raw -> units.resolve(raw).map(u -> u.code()));
        LineValidator validator = new LineValidator(units, catalogues.commodities(), countries, clock);
        return new ReturnIntake(new WorkbookOpener(settings.workbookLimits()), reader, validator,
                settings.readAheadSize().toBytes());
    }
}
