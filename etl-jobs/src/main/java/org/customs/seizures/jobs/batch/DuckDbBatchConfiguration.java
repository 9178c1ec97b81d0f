package org.customs.seizures.jobs.batch;

import javax.sql.DataSource;
import org.springframework.batch.core.configuration.support.JdbcDefaultBatchConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Isolation;

/**
 * Spring Batch's job repository lives in the warehouse file itself, so that a chunk's lines and
 * its step metadata commit in one DuckDB transaction: after a crash, a restart resumes exactly
 * after the last committed return. Batch 6 has no DuckDB type; the Postgres dialect works on
 * DuckDB (its tables are created by the warehouse migrations).
 */
@Configuration(proxyBeanMethods = false)
class DuckDbBatchConfiguration extends JdbcDefaultBatchConfiguration {

    private final DataSource dataSource;
    private final PlatformTransactionManager transactionManager;

    DuckDbBatchConfiguration(DataSource dataSource, PlatformTransactionManager transactionManager) {
        this.dataSource = dataSource;
        this.transactionManager = transactionManager;
    }

    @Override
    protected DataSource getDataSource() {
        return dataSource;
    }

    @Override
    protected PlatformTransactionManager getTransactionManager() {
        return transactionManager;
    }

    @Override
    protected String getDatabaseType() {
        return "POSTGRES";
    }

    @Override
    protected Isolation getIsolationLevelForCreate() {
        return Isolation.DEFAULT; // DuckDB refuses setTransactionIsolation(SERIALIZABLE)
    }
}
