package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.time.YearMonth;
import javax.sql.DataSource;
import org.customs.seizures.warehouse.StatisticsMart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The tasklet of {@code refreshStatisticsStep}, the last step of the ingest: recomputes the materialised monthly
 * statistics ({@code mart_monthly_yoy}, read by {@code v_monthly_yoy}) once for the whole run, in the step's
 * transaction, so that the published copy made after a successful run shows the returns it loaded. Only the
 * months the returns that became or stopped being current since the last refresh can change are recomputed
 * ({@link StatisticsMart#refreshChanges}: it finds them itself, so a restart after a failed run also covers the
 * returns the failed run committed); every month when that is unknown.
 */
class StatisticsRefresh implements Tasklet {

    private static final Logger log = LoggerFactory.getLogger(StatisticsRefresh.class);

    private final DataSource dataSource;

    StatisticsRefresh(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            StatisticsMart.Refreshed refreshed = StatisticsMart.refreshChanges(connection);
            if (refreshed.whole()) {
                log.info("Recomputed the monthly statistics of every month");
            } else if (refreshed.since() != null) {
                log.info("Recomputed the monthly statistics from {} on", YearMonth.from(refreshed.since()));
            } else {
                log.info("The monthly statistics are unchanged: no return became or stopped being current");
            }
            return RepeatStatus.FINISHED;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
