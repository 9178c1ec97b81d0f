package org.customs.seizures.jobs.ingest;

import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * The writer of {@code loadReturnsStep}: each chunk is one return, so one transaction holds a
 * return's lines, its rejections, its ledger row and the step's progress. A crash loses at most
 * the return being written, and the restart takes it again from the start.
 */
class ReturnLoader implements ItemWriter<InboxFile> {

    private final DataSource dataSource;
    private final ReturnIntake intake;
    private DimensionKeys keys;

    ReturnLoader(DataSource dataSource, ReturnIntake intake) {
        this.dataSource = dataSource;
        this.intake = intake;
    }

    @Override
    public void write(Chunk<? extends InboxFile> files) throws Exception {
        Ledger.onTransactionConnection(dataSource, ledger -> {
            if (keys == null) {
                keys = DimensionKeys.read(ledger.connection());
            }
            for (InboxFile file : files) {
                intake.take(file, ledger, keys);
            }
            return null;
        });
    }
}
