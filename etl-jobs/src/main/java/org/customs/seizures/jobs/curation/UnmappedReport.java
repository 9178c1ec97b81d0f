package org.customs.seizures.jobs.curation;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.customs.seizures.core.curation.NearestAliases;
import org.customs.seizures.reports.safety.AtomicFile;
import org.customs.seizures.reports.safety.SafeCellText;

/**
 * Writes the unmapped values as {@code unmapped-values.xlsx} and {@code unmapped-values.csv}: one row per raw
 * value, with the nearest aliases to help the data team pick a code. Text from returns is neutralised against
 * formula injection ({@link SafeCellText}); each file appears whole or not at all ({@link AtomicFile}).
 */
public final class UnmappedReport {

    public static final String WORKBOOK = "unmapped-values.xlsx";
    public static final String CSV = "unmapped-values.csv";

    static final List<String> HEADER = List.of("kind", "raw_value", "lines", "files",
            "nearest_1", "code_1", "score_1", "nearest_2", "code_2", "score_2", "nearest_3", "code_3", "score_3");

    private UnmappedReport() {
    }

    /** Writes both files into the folder and returns their paths. */
    public static List<Path> write(List<UnmappedValue> values, Path folder) throws IOException {
        Path workbook = folder.resolve(WORKBOOK);
        Path csv = folder.resolve(CSV);
        AtomicFile.write(workbook, out -> {
            try (XSSFWorkbook wb = new XSSFWorkbook()) {
                SafeCellText safe = new SafeCellText(wb);
                Sheet sheet = wb.createSheet("Unmapped values");
                Row header = sheet.createRow(0);
                for (int i = 0; i < HEADER.size(); i++) {
                    header.createCell(i).setCellValue(HEADER.get(i));
                }
                int r = 1;
                for (UnmappedValue value : values) {
                    Row row = sheet.createRow(r++);
                    List<Object> cells = cells(value);
                    for (int i = 0; i < cells.size(); i++) {
                        Object cell = cells.get(i);
                        if (cell instanceof Number number) {
                            row.createCell(i).setCellValue(number.doubleValue());
                        } else {
                            safe.write(row.createCell(i), (String) cell);
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
                wb.write(out);
            }
        });
        AtomicFile.write(csv, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180); // AtomicFile closes the stream
            printer.printRecord(HEADER);
            for (UnmappedValue value : values) {
                List<Object> record = new ArrayList<>();
                for (Object cell : cells(value)) {
                    record.add(cell instanceof String text ? SafeCellText.forCsv(text) : cell);
                }
                printer.printRecord(record);
            }
            printer.flush();
        });
        return List.of(workbook, csv);
    }

    private static List<Object> cells(UnmappedValue value) {
        List<Object> cells = new ArrayList<>(List.of(value.kind(), value.rawValue(), value.lines(), value.files()));
        for (int i = 0; i < UnmappedValues.NEAREST; i++) {
            if (i < value.nearest().size()) {
                NearestAliases.NearAlias near = value.nearest().get(i);
                cells.add(near.alias());
                cells.add(near.code());
                cells.add(Double.valueOf(String.format(Locale.ROOT, "%.3f", near.score())));
            } else {
                cells.add("");
                cells.add("");
                cells.add("");
            }
        }
        return cells;
    }
}
