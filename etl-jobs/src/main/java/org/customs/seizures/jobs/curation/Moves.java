package org.customs.seizures.jobs.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a reclassification moved: per mapping (commodity, unit, origin, destination, re-admitted) and per old
 * and new code, how many lines and how much of each measure now counts under the new code.
 */
public final class Moves {

    /** The old code of a line that was not in the warehouse before (a re-admitted line). */
    static final String NONE = "(rejected)";

    private final Map<String, Tally> tallies = new TreeMap<>();

    void add(String mapping, String oldCode, String newCode, Double massKg, Double volumeM3, Double items) {
        Tally tally = tallies.computeIfAbsent(mapping + "\u0000" + label(oldCode) + "\u0000" + label(newCode),
                k -> new Tally(mapping, label(oldCode), label(newCode)));
        tally.lines++;
        tally.massKg += massKg == null ? 0 : massKg;
        tally.volumeM3 += volumeM3 == null ? 0 : volumeM3;
        tally.items += items == null ? 0 : items;
    }

    /** Lines moved under one mapping from one code to another (0 when none). */
    public int lines(String mapping, String oldCode, String newCode) {
        Tally tally = tallies.get(mapping + "\u0000" + label(oldCode) + "\u0000" + label(newCode));
        return tally == null ? 0 : tally.lines;
    }

    public boolean isEmpty() {
        return tallies.isEmpty();
    }

    /** One line per move: {@code commodity UNCLASSIFIED -> IVORY_RAW: 3 lines, 12.5 kg}. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        for (Tally t : tallies.values()) {
            StringBuilder line = new StringBuilder(t.mapping + " " + t.oldCode + " -> " + t.newCode + ": " + t.lines
                    + (t.lines == 1 ? " line" : " lines"));
            measure(line, t.massKg, "kg");
            measure(line, t.volumeM3, "m3");
            measure(line, t.items, "items");
            lines.add(line.toString());
        }
        return lines;
    }

    private static void measure(StringBuilder line, double value, String unit) {
        if (value != 0) {
            line.append(", ").append(String.format(Locale.ROOT, "%.6g", value).replaceAll("\\.?0+$", ""))
                    .append(' ').append(unit);
        }
    }

    private static String label(String code) {
        return code == null ? "(none)" : code;
    }

    private static final class Tally {
        private final String mapping;
        private final String oldCode;
        private final String newCode;
        private int lines;
        private double massKg;
        private double volumeM3;
        private double items;

        private Tally(String mapping, String oldCode, String newCode) {
            this.mapping = mapping;
            this.oldCode = oldCode;
            this.newCode = newCode;
        }
    }
}
