package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
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
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.ChunkOrientedStepBuilder;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code ingestReturnsJob}: {@code loadReturnsStep}, reading the inbox file by file; each
 * file is one chunk and one transaction (lines, rejections, ledger row and step progress together); then
 * {@code refreshStatisticsStep}, the monthly statistics recomputed once in one transaction (a restart runs
 * it again).
 */
@Configuration(proxyBeanMethods = false)
class IngestReturnsJobConfiguration {

    static final String JOB_NAME = "ingestReturnsJob";
    static final String STEP_NAME = "loadReturnsStep";
    static final String REFRESH_STEP_NAME = "refreshStatisticsStep";

    @Bean
    Job ingestReturnsJob(JobRepository jobRepository, Step loadReturnsStep, Step refreshStatisticsStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(loadReturnsStep)
                .next(refreshStatisticsStep)
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
    Step loadReturnsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                         InboxReader inboxReader, LedgerFilter ledgerFilter, ReturnLoader returnLoader,
                         ReturnArchive returnArchive, DataSource dataSource) {
        ChunkOrientedStepBuilder<InboxFile, InboxFile> step = new StepBuilder(STEP_NAME, jobRepository)
                .<InboxFile, InboxFile>chunk(1)
                .transactionManager(transactionManager)
                .reader(inboxReader)
                .processor(ledgerFilter)
                .writer(returnLoader)
                // inside the chunk's transaction: a file is in the ledger only if it is in the archive
                .listener(new ArchiveOnWrite<InboxFile>(returnArchive, InboxFile::path, InboxFile::sha256))
                .listener(new RunProgress<InboxFile>(dataSource, inbox -> InboxReader.list(inbox).size(),
                        InboxFile::path, InboxFile::sha256, Duration.ofSeconds(10)));
        FaultInjection.stepListener().ifPresent(step::listener);
        return step.build();
    }

    @Bean
    ReturnArchive returnArchive(SeizuresSettings settings, @Value("${seizures.archive:}") String archive) {
        return ReturnArchive.beside(settings.warehouse(), archive);
    }

    @Bean
    @StepScope
    InboxReader inboxReader(@Value("#{jobParameters['inbox']}") String inbox) {
        return new InboxReader(Path.of(inbox));
    }

    @Bean
    LedgerFilter ledgerFilter(DataSource dataSource) {
        return new LedgerFilter(dataSource);
    }

    @Bean
    ReturnLoader returnLoader(DataSource dataSource, ReturnIntake returnIntake) {
        return new ReturnLoader(dataSource, returnIntake);
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
        return new ReturnIntake(new WorkbookOpener(settings.workbookLimits()), reader, validator, clock);
    }
}
