package org.customs.seizures.jobs.statistics;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@code truth.json} says the statistics are made of: the lines that must be current
 * ({@code lines}) and the returns that are current ({@code returns} with {@code current}, nil
 * returns and returns per operation included).
 */
record SampleSeizures(List<Line> lines, List<CountryMonth> currentReturns) {

    /** One current line: its country, case, month of seizure, classification and measures (0 when absent). */
    record Line(String reportingIso3, String caseRef, YearMonth month, String domain, String category,
                double massKg, double volumeM3, double items) {

        String caseKey() {
            return reportingIso3 + "|" + caseRef;
        }
    }

    /** A country with a current return whose period is this month. */
    record CountryMonth(String reportingIso3, YearMonth period) {
    }

    static SampleSeizures load(Path truthJson) {
        JsonNode root = JsonMapper.builder().build().readTree(truthJson.toFile());
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : root.get("lines")) {
            lines.add(new Line(l.get("reporting_iso3").asString(), l.get("case_ref").asString(),
                    YearMonth.from(LocalDate.parse(l.get("seizure_date").asString())), l.get("domain").asString(),
                    l.get("category").asString(), measure(l, "mass_kg"), measure(l, "volume_m3"), measure(l, "items")));
        }
        List<CountryMonth> returns = new ArrayList<>();
        for (JsonNode r : root.get("returns")) {
            if (r.get("current").asBoolean()) {
                returns.add(new CountryMonth(r.get("reporting_iso3").asString(), YearMonth.parse(r.get("period").asString())));
            }
        }
        return new SampleSeizures(lines, returns);
    }

    private static double measure(JsonNode line, String field) {
        JsonNode v = line.get(field);
        return v == null || v.isNull() ? 0 : v.asDouble();
    }
}
