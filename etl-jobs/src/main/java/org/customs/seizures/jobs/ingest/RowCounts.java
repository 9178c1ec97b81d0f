package org.customs.seizures.jobs.ingest;

/** Rows read from a return's seizure sheets and what became of each: read = loaded + rejected + skipped. */
final class RowCounts {

    private int loaded;
    private int rejected;
    private int skipped;

    static RowCounts none() {
        return new RowCounts();
    }

    void loaded() {
        loaded++;
    }

    void rejected() {
        rejected++;
    }

    void skipped() {
        skipped++;
    }

    int read() {
        return loaded + rejected + skipped;
    }

    int loadedCount() {
        return loaded;
    }

    int rejectedCount() {
        return rejected;
    }

    int skippedCount() {
        return skipped;
    }
}
