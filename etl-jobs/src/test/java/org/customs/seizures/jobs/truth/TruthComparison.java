package org.customs.seizures.jobs.truth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares a warehouse with a {@link Truth}: line recall and precision (lines matched on country,
 * case reference, date, commodity and measure, as a multiset), each file's status, and whether
 * every expected bad line is in {@code etl_reject}.
 */
final class TruthComparison {

    private TruthComparison() {
    }

    static TruthReport compare(Truth truth, Connection warehouse) throws SQLException {
        List<TruthLine> actual = actualLines(warehouse);
        Map<String, List<TruthLine>> expectedByKey = group(truth.lines());
        Map<String, List<TruthLine>> actualByKey = group(actual);
        long matched = 0;
        List<TruthLine> missing = new ArrayList<>();
        List<TruthLine> unexpected = new ArrayList<>();
        Set<String> keys = new HashSet<>(expectedByKey.keySet());
        keys.addAll(actualByKey.keySet());
        for (String key : keys) {
            List<TruthLine> e = expectedByKey.getOrDefault(key, List.of());
            List<TruthLine> a = actualByKey.getOrDefault(key, List.of());
            int common = Math.min(e.size(), a.size());
            matched += common;
            missing.addAll(e.subList(common, e.size()));
            unexpected.addAll(a.subList(common, a.size()));
        }

        Map<String, ActualFile> files = actualFiles(warehouse);
        List<String> statusMismatches = new ArrayList<>();
        truth.files().forEach((name, expected) -> {
            ActualFile got = files.get(name);
            String gotStatus = got == null ? "(not in the ledger)" : got.status();
            if (!expected.status().equals(gotStatus)) {
                statusMismatches.add(name + ": expected " + expected.status()
                        + (expected.reason() == null ? "" : " (" + expected.reason() + ")") + ", got " + gotStatus
                        + (got == null || got.message().isEmpty() ? "" : " - " + got.message()));
            }
        });

        Set<String> rejectedCases = new HashSet<>();
        Map<String, Integer> rejectsByFile = new HashMap<>();
        try (Statement st = warehouse.createStatement();
             ResultSet rs = st.executeQuery(sql("actual_rejects.sql"))) {
            while (rs.next()) {
                rejectedCases.add(rs.getString("file_name") + "|" + rs.getString("case_ref").trim());
                rejectsByFile.merge(rs.getString("file_name"), 1, Integer::sum);
            }
        }
        List<String> missingRejects = new ArrayList<>();
        for (Truth.ExpectedReject r : truth.rejects()) {
            if (!rejectedCases.contains(r.file() + "|" + r.caseRef().trim())) {
                missingRejects.add(r.file() + ": " + r.caseRef() + " (" + r.reason() + ")");
            }
        }
        return new TruthReport(truth.lines().size(), actual.size(), matched, missing, unexpected,
                truth.files().size(), statusMismatches, truth.rejects().size(), missingRejects);
    }

    private static Map<String, List<TruthLine>> group(List<TruthLine> lines) {
        Map<String, List<TruthLine>> byKey = new HashMap<>();
        for (TruthLine line : lines) {
            byKey.computeIfAbsent(line.key(), k -> new ArrayList<>()).add(line);
        }
        return byKey;
    }

    private static List<TruthLine> actualLines(Connection warehouse) throws SQLException {
        List<TruthLine> lines = new ArrayList<>();
        try (Statement st = warehouse.createStatement(); ResultSet rs = st.executeQuery(sql("actual_lines.sql"))) {
            while (rs.next()) {
                lines.add(new TruthLine(rs.getString("reporting_iso3"), rs.getString("case_ref").trim(),
                        rs.getString("seizure_date"), rs.getString("commodity_code"), rs.getString("unit_code"),
                        TruthLine.measureOf(nullable(rs, "mass_kg"), nullable(rs, "volume_m3"), nullable(rs, "items")),
                        rs.getString("source_file")));
            }
        }
        return lines;
    }

    private static Double nullable(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    private record ActualFile(String status, String message) {
    }

    private static Map<String, ActualFile> actualFiles(Connection warehouse) throws SQLException {
        Map<String, ActualFile> files = new HashMap<>();
        try (Statement st = warehouse.createStatement(); ResultSet rs = st.executeQuery(sql("actual_files.sql"))) {
            while (rs.next()) {
                files.put(rs.getString("file_name"), new ActualFile(rs.getString("status"), rs.getString("message")));
            }
        }
        return files;
    }

    private static String sql(String name) {
        try (InputStream in = TruthComparison.class.getResourceAsStream("/sql/truth/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
