package org.customs.seizures.jobs.operations.progress;

/** Lines loaded and rejected so far by the process (for the progress display; it only ever grows). */
public interface LineTally {

    long loaded();

    long rejected();
}
