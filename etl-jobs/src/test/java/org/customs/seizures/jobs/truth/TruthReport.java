package org.customs.seizures.jobs.truth;

import java.util.List;

/** What {@link TruthComparison} measured, with the differences listed for debugging. */
record TruthReport(long expectedLines, long actualLines, long matchedLines, List<TruthLine> missingLines,
                   List<TruthLine> unexpectedLines, int files, List<String> statusMismatches, int expectedRejects,
                   List<String> missingRejects) {

    double recall() {
        return expectedLines == 0 ? 1.0 : (double) matchedLines / expectedLines;
    }

    double precision() {
        return actualLines == 0 ? 1.0 : (double) matchedLines / actualLines;
    }

    String render(int examples) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("lines: expected %d, loaded %d, matched %d -> recall %.2f%%, precision %.2f%%%n",
                expectedLines, actualLines, matchedLines, 100 * recall(), 100 * precision()));
        out.append(String.format("files: %d, status as expected: %d%n", files, files - statusMismatches.size()));
        out.append(String.format("bad lines: %d expected, %d found in etl_reject%n", expectedRejects,
                expectedRejects - missingRejects.size()));
        statusMismatches.stream().limit(examples).forEach(s -> out.append("  status  ").append(s).append('\n'));
        missingLines.stream().limit(examples).forEach(l -> out.append("  missing ").append(l).append('\n'));
        unexpectedLines.stream().limit(examples).forEach(l -> out.append("  extra   ").append(l).append('\n'));
        missingRejects.stream().limit(examples).forEach(r -> out.append("  not rejected ").append(r).append('\n'));
        return out.toString();
    }
}
