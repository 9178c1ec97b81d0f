package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import javax.sql.DataSource;
import org.customs.seizures.warehouse.StatisticsMart;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tasklet of {@code refreshStatisticsStep}, the last step of the ingest: recomputes the materialised monthly
 * statistics ({@code mart_monthly_yoy}, read by {@code v_monthly_yoy}) once for the whole run, in the step's
 * transaction, so that the published copy made after a successful run shows the returns it loaded.
 */
class StatisticsRefresh implements Tasklet {

    private final DataSource dataSource;

    StatisticsRefresh(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StatisticsMart.refresh(connection);
            return RepeatStatus.FINISHED;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
