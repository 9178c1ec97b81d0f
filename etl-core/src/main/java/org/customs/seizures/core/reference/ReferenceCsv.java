package org.customs.seizures.core.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the reference CSV files (UTF-8, header row, RFC 4180 quoting, see {@code reference/SOURCES.md})
 * into rows keyed by column name. Every catalogue takes such rows in its constructor, so rows from other
 * files (e.g. local alias overrides) can be put in front of the shipped ones.
 */
public final class ReferenceCsv {

    /** Where the shipped reference data sits on the classpath. */
    public static final String CLASSPATH_FOLDER = "/reference/";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private ReferenceCsv() {
    }

    /** The rows of {@code /reference/<fileName>} on the classpath. */
    public static List<Map<String, String>> fromClasspath(String fileName) {
        String path = CLASSPATH_FOLDER + fileName;
        InputStream in = ReferenceCsv.class.getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Reference file " + path + " is not on the classpath");
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return read(path, reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read reference file " + path, e);
        }
    }

    /**
     * The rows of a CSV text with a header row. Values are trimmed; a missing value is the empty string.
     *
     * @param source what the text is, named in error messages (a file name)
     */
    public static List<Map<String, String>> read(String source, Reader reader) {
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames();
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = i < record.size() ? record.get(i) : "";
                    row.put(header.get(i), value == null ? "" : value.strip());
                }
                rows.add(Collections.unmodifiableMap(row));
            }
            return List.copyOf(rows);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Could not read reference CSV " + source + ": " + e.getMessage(), e);
        }
    }

    /** The value of a column that must be there; names the source, column and row when it is not. */
    public static String required(Map<String, String> row, String column) {
        String value = row.get(column);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("Reference row " + row + " has no value in column '" + column + "'");
        }
        return value;
    }
}
