package org.customs.seizures.jobs.ingest;

import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Lets through only files not yet in the ledger (same name and same bytes): a run never loads a file twice. */
class LedgerFilter implements ItemProcessor<InboxFile, InboxFile> {

    private final DataSource dataSource;

    LedgerFilter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public InboxFile process(InboxFile file) throws Exception {
        InboxFile hashed = file.withSha256(FileDigest.sha256(file.path()));
        return Ledger.onTransactionConnection(dataSource, ledger ->
                ledger.alreadyReceived(hashed.fileName(), hashed.sha256()) ? null : hashed);
    }
}
