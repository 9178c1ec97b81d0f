package org.customs.seizures.core.lines;

import java.util.List;

/** What validating one {@code ReturnLine} gives: a line to load (perhaps with warnings) or the faults that reject it. */
public sealed interface LineOutcome {

    record Loaded(SeizureLine line, List<LineWarning> warnings) implements LineOutcome {
    }

    record Rejected(List<LineFault> faults) implements LineOutcome {
    }

    /** Something worth telling the sender that does not stop the line (e.g. text and HS code disagree). */
    record LineWarning(String column, String rawValue, String code, String message) {
    }
}
