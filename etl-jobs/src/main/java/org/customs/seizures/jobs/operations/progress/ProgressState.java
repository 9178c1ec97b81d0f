package org.customs.seizures.jobs.operations.progress;

import java.time.Duration;

/** A snapshot of a run's progress: files examined of the inbox's total, lines so far, the file being read. */
record ProgressState(int done, int total, long linesLoaded, long linesRejected, String currentFile,
                     Duration currentFor) {

    String describe() {
        StringBuilder text = new StringBuilder()
                .append(done).append('/').append(total).append(" files, ")
                .append(linesLoaded).append(" lines loaded, ")
                .append(linesRejected).append(" rejected");
        if (currentFile != null) {
            text.append("; reading ").append(currentFile);
            if (currentFor.toSeconds() >= 5) {
                text.append(" (for ").append(currentFor.toSeconds()).append(" s)");
            }
        }
        return text.toString();
    }
}
