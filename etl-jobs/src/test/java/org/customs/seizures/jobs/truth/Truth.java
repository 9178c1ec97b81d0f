package org.customs.seizures.jobs.truth;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The expected outcome of ingesting a folder of returns, as {@code truth.json} states it
 * (format: {@code shared/samples/README.md}): file statuses, the lines that must load, the lines
 * that must be rejected.
 */
record Truth(Map<String, ExpectedFile> files, List<TruthLine> lines, List<ExpectedReject> rejects) {

    record ExpectedFile(String status, String reason, Integer linesLoaded, Integer linesRejected) {
    }

    record ExpectedReject(String file, String caseRef, String reason) {
    }

    static Truth load(Path truthJson) {
        JsonNode root = JsonMapper.builder().build().readTree(truthJson.toFile());
        Map<String, ExpectedFile> files = new LinkedHashMap<>();
        root.get("files").properties().forEach(e -> {
            JsonNode f = e.getValue();
            files.put(e.getKey(), new ExpectedFile(f.get("status").asString(), text(f, "reason"),
                    integer(f, "lines_loaded"), integer(f, "lines_rejected")));
        });
        List<TruthLine> lines = new ArrayList<>();
        for (JsonNode l : root.get("lines")) {
            lines.add(new TruthLine(l.get("reporting_iso3").asString(), l.get("case_ref").asString(),
                    l.get("seizure_date").asString(), l.get("commodity_code").asString(),
                    text(l, "unit_code"), TruthLine.measureOf(number(l, "mass_kg"), number(l, "volume_m3"),
                    number(l, "items")), l.get("file").asString()));
        }
        List<ExpectedReject> rejects = new ArrayList<>();
        for (JsonNode r : root.get("rejects")) {
            rejects.add(new ExpectedReject(r.get("file").asString(), r.get("case_ref").asString(),
                    r.get("reason").asString()));
        }
        return new Truth(files, lines, rejects);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asInt();
    }

    private static Double number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
