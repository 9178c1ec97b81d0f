package org.customs.seizures.benchmarks;

/** One measured stage: its wall time, what it processed, and its memory peaks. */
record Measurement(String stage, double seconds, long lines, long peakHeapBytes, long peakRssBytes) {

    double linesPerSecond() {
        return seconds <= 0 ? 0 : lines / seconds;
    }

    static String header() {
        return String.format("%-44s %9s %10s %12s %10s %9s", "stage", "seconds", "lines", "lines/s", "heap MB", "RSS MB");
    }

    String row() {
        return String.format("%-44s %9.3f %10d %12.0f %10s %9s", stage, seconds, lines, linesPerSecond(),
                Memory.mb(peakHeapBytes), Memory.mb(peakRssBytes));
    }
}
