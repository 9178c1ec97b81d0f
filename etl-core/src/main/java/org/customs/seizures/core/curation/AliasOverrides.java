package org.customs.seizures.core.curation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data team's alias files ({@code units.csv}, {@code commodities.csv}, {@code countries.csv} in the alias
 * folder, {@code config/aliases} by default), read at every run without rebuilding. A missing file or folder
 * means no override. Each row keeps where it comes from in a {@code source} column ({@code
 * config/aliases/units.csv line 3}), so that an explanation can quote it.
 *
 * <p>Format: UTF-8 (a BOM is allowed), a header row with the columns of {@link OverrideKind#columns()},
 * RFC 4180 quoting; blank lines are ignored.
 */
public final class AliasOverrides {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .setTrim(true)
            .get();

    private final Map<OverrideKind, List<Map<String, String>>> rows;

    private AliasOverrides(Map<OverrideKind, List<Map<String, String>>> rows) {
        this.rows = rows;
    }

    /** No override at all. */
    public static AliasOverrides none() {
        return new AliasOverrides(new EnumMap<>(OverrideKind.class));
    }

    /**
     * Reads the files of the folder.
     *
     * @throws AliasOverrideException when a file cannot be read, lacks a column, or a row has no alias or code
     */
    public static AliasOverrides read(Path folder) {
        Map<OverrideKind, List<Map<String, String>>> rows = new EnumMap<>(OverrideKind.class);
        for (OverrideKind kind : OverrideKind.values()) {
            Path file = folder.resolve(kind.fileName());
            if (Files.isRegularFile(file)) {
                rows.put(kind, readFile(kind, file));
            }
        }
        return new AliasOverrides(rows);
    }

    /** The rows of one kind, in file order, each with its {@code source}. */
    public List<Map<String, String>> rows(OverrideKind kind) {
        return rows.getOrDefault(kind, List.of());
    }

    /**
     * Checks that every row names a code of the list.
     *
     * @param knownCodes the codes of the shipped list (upper case for units and countries)
     * @throws AliasOverrideException naming the first row that does not, with its file and line
     */
    void requireKnownCodes(OverrideKind kind, Set<String> knownCodes) {
        for (Map<String, String> row : rows(kind)) {
            String code = row.get(kind.codeColumn());
            if (!knownCodes.contains(code)) {
                throw new AliasOverrideException(row.get("source") + ": " + kind.what() + " '" + code
                        + "' (for alias '" + row.get("alias") + "') is not in " + kind.list()
                        + ". Correct the code or remove the line.");
            }
        }
    }

    private static List<Map<String, String>> readFile(OverrideKind kind, Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<Map<String, String>> rows = new ArrayList<>();
            List<String> header = null;
            long nextLine = 1;
            for (CSVRecord record : parser) {
                long line = nextLine; // where this record starts
                nextLine = parser.getCurrentLineNumber() + 1;
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line
                }
                if (header == null) {
                    header = header(kind, file, record);
                    continue;
                }
                rows.add(row(kind, file, line, header, record));
            }
            return Collections.unmodifiableList(rows);
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new AliasOverrideException("The alias file " + file + " cannot be read: " + e.getMessage());
        }
    }

    private static List<String> header(OverrideKind kind, Path file, CSVRecord record) {
        List<String> header = new ArrayList<>();
        for (String column : record) {
            header.add(column.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT));
        }
        if (!header.containsAll(kind.columns())) {
            throw new AliasOverrideException(file + ": the header row must be '"
                    + String.join(",", kind.columns()) + "', not '" + String.join(",", header) + "'");
        }
        return header;
    }

    private static Map<String, String> row(OverrideKind kind, Path file, long line, List<String> header,
                                           CSVRecord record) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            row.put(header.get(i), i < record.size() ? record.get(i).strip() : "");
        }
        String code = row.get(kind.codeColumn());
        if (kind != OverrideKind.COMMODITIES) {
            row.put(kind.codeColumn(), code.toUpperCase(Locale.ROOT));
        }
        String source = file + " line " + line;
        row.put("source", source);
        if (row.get("alias").isEmpty() || code.isEmpty()) {
            throw new AliasOverrideException(source + ": every line needs an alias and a "
                    + kind.what() + " (" + String.join(",", kind.columns()) + ")");
        }
        return Collections.unmodifiableMap(row);
    }
}
