package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import javax.sql.DataSource;
import org.customs.seizures.warehouse.SubmissionVersions;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tasklet of {@code resolveVersionsStep}, once every return of the inbox is loaded: marks the current
 * version of each return {@code loaded} and the others {@code superseded} ({@link SubmissionVersions}). Done
 * once per run rather than per return, because the returns of one inbox are loaded by several partitions at
 * the same time, and two of them may be versions of the same return. A run that stops before this step leaves
 * the new versions unresolved in the working warehouse only (the published copy is made after a successful
 * run), and its restart resolves them.
 */
class VersionResolution implements Tasklet {

    private final DataSource dataSource;

    VersionResolution(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            SubmissionVersions.resolveVersions(connection);
            return RepeatStatus.FINISHED;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
