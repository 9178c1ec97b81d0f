package org.customs.seizures.jobs.ingest;

import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Lets through only files not yet in the ledger (same name and same bytes): a run never loads a file twice.
 * A batch of which no file is left is filtered out whole.
 */
class LedgerFilter implements ItemProcessor<InboxBatch, InboxBatch> {

    private final DataSource dataSource;

    LedgerFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public InboxBatch process(InboxBatch batch) throws Exception {
        return Ledger.onTransactionConnection(dataSource, ledger -> {
            List<InboxFile> fresh = new ArrayList<>(batch.size());
            for (InboxFile file : batch.files()) {
                InboxFile hashed = file.withSha256(FileDigest.sha256(file.path()));
                if (!ledger.alreadyReceived(hashed.fileName(), hashed.sha256())) {
                    fresh.add(hashed);
                }
            }
            return fresh.isEmpty() ? null : new InboxBatch(fresh);
        });
    }
}
