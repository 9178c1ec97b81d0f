package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;
import java.time.LocalDateTime;
import javax.sql.DataSource;
import org.customs.seizures.core.workbook.WorkbookLimits;
import org.customs.seizures.jobs.SeizuresSettings;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs {@code ingestReturnsJob} once: when the last run of the job failed or was killed, that run
 * is restarted (Spring Batch resumes after its last committed return); otherwise a new run starts.
 */
@Component
public class IngestRun {

    private static final Logger log = LoggerFactory.getLogger(IngestRun.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job ingestReturnsJob;
    private final DataSource dataSource;
    private final WorkbookLimits limits;

    IngestRun(JobOperator jobOperator, JobRepository jobRepository, Job ingestReturnsJob, DataSource dataSource,
              SeizuresSettings settings) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.ingestReturnsJob = ingestReturnsJob;
        this.dataSource = dataSource;
        this.limits = settings.workbookLimits();
    }

    public IngestOutcome run(Path inbox) throws Exception {
        LocalDateTime started = LocalDateTime.now();
        JobExecution unfinished = lastUnfinishedExecution();
        JobExecution execution;
        if (unfinished != null) {
            log.info("The previous run (execution {}) did not finish ({}): restarting it", unfinished.getId(),
                    unfinished.getStatus());
            execution = restart(unfinished);
        } else {
            JobParameters parameters = new JobParametersBuilder()
                    .addString("inbox", inbox.toAbsolutePath().normalize().toString())
                    .addLong("run.id", System.currentTimeMillis())
                    .toJobParameters();
            execution = jobOperator.start(ingestReturnsJob, parameters);
        }
        RunSummary summary = RunSummary.since(dataSource, started);
        return new IngestOutcome(execution.getStatus(), execution.getId(), summary,
                execution.getAllFailureExceptions(), limits);
    }

    private JobExecution restart(JobExecution unfinished) throws Exception {
        if (unfinished.getStatus().isRunning()) {
            // a killed process leaves its execution STARTED: no other run holds the warehouse (we do), so mark it failed
            unfinished.setStatus(BatchStatus.FAILED);
            unfinished.setEndTime(LocalDateTime.now());
            unfinished.getStepExecutions().forEach(step -> {
                if (step.getStatus().isRunning()) {
                    step.setStatus(BatchStatus.FAILED);
                    step.setEndTime(LocalDateTime.now());
                    jobRepository.update(step);
                }
            });
            jobRepository.update(unfinished);
        }
        return jobOperator.restart(unfinished);
    }

    private JobExecution lastUnfinishedExecution() {
        JobInstance last = jobRepository.getLastJobInstance(IngestReturnsJobConfiguration.JOB_NAME);
        if (last == null) {
            return null;
        }
        JobExecution execution = jobRepository.getLastJobExecution(last);
        if (execution == null) {
            return null;
        }
        BatchStatus status = execution.getStatus();
        return status == BatchStatus.FAILED || status == BatchStatus.STOPPED || status.isRunning() ? execution : null;
    }

    /**
     * What one run of the job did.
     *
     * @param limits the limits the run opened files with ({@code seizures.max-file-size}, {@code max-sheet-size}):
     *               whatever reads the run's files again (the senders' feedback) reads them with the same
     */
    public record IngestOutcome(BatchStatus status, long executionId, RunSummary summary,
                                java.util.List<Throwable> failures, WorkbookLimits limits) {
        public boolean succeeded() {
            return status == BatchStatus.COMPLETED;
        }
    }
}
