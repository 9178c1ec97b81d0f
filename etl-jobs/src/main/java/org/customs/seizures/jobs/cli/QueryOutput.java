package org.customs.seizures.jobs.cli;

import java.io.PrintStream;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * Prints a query result as an aligned text table or as RFC 4180 CSV. In CSV, a text value that a
 * spreadsheet program could take for a formula (it may have come from a return) gets a leading
 * apostrophe ({@link SafeCellText#forCsv(String)}); numbers, dates and booleans are written as they are.
 */
public final class QueryOutput {

    public enum Format { table, csv }

    private QueryOutput() {
    }

    public static void print(ResultSet rs, Format format, PrintStream out) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        int columns = meta.getColumnCount();
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[columns];
        for (int i = 0; i < columns; i++) {
            header[i] = meta.getColumnLabel(i + 1);
        }
        if (format == Format.csv) {
            out.println(csvLine(header));
            while (rs.next()) {
                out.println(csvLine(safeValues(rs, columns)));
            }
            return;
        }
        while (rs.next()) {
            rows.add(values(rs, columns));
        }
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = header[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        out.println(tableLine(header, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < columns; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        for (String[] row : rows) {
            out.println(tableLine(row, widths));
        }
        out.println("(" + rows.size() + (rows.size() == 1 ? " row)" : " rows)"));
    }

    private static String[] values(ResultSet rs, int columns) throws SQLException {
        String[] values = new String[columns];
        for (int i = 0; i < columns; i++) {
            Object value = rs.getObject(i + 1);
            values[i] = value == null ? "" : value.toString();
        }
        return values;
    }

    private static String[] safeValues(ResultSet rs, int columns) throws SQLException {
        String[] values = new String[columns];
        for (int i = 0; i < columns; i++) {
            Object value = rs.getObject(i + 1);
            values[i] = value == null ? "" : value instanceof String text ? SafeCellText.forCsv(text) : value.toString();
        }
        return values;
    }

    private static String tableLine(String[] values, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : " | ").append(String.format("%-" + Math.max(1, widths[i]) + "s", values[i]));
        }
        return line.toString().stripTrailing();
    }

    private static String csvLine(String[] values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = values[i];
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                line.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                line.append(v);
            }
        }
        return line.toString();
    }
}
