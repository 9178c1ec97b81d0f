package org.customs.seizures.jobs.ingest;

import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;

/** The real writer, made to fail (like a crash) when it reaches the given return. */
class FailingReturnLoader extends ReturnLoader {

    private final int failAtReturn;
    private int returnsSeen;

    FailingReturnLoader(DataSource dataSource, ReturnIntake intake, Clock clock, int failAtReturn) {
        super(dataSource, intake, clock);
        this.failAtReturn = failAtReturn;
    }

    @Override
    public void write(Chunk<? extends InboxBatch> batches) throws Exception {
        for (InboxBatch batch : batches) {
            returnsSeen += batch.size();
        }
        if (returnsSeen >= failAtReturn) {
            super.write(batches); // the returns are written ... then the transaction must roll back
            throw new IllegalStateException("simulated crash while loading return " + returnsSeen);
        }
        super.write(batches);
    }
}
