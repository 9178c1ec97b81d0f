package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkbookOpenerTests {

    @TempDir
    Path dir;

    private final WorkbookOpener opener = new WorkbookOpener(WorkbookLimits.defaults());

    @Test
    void refusesACsvRenamedToXlsxAsNotASpreadsheet() throws Exception {
        Path file = Files.writeString(dir.resolve("csv-renamed.xlsx"), "case,date,quantity\nCASE-1,2019-06-04,12\n");

        assertFault(file, FileFault.FILE_NOT_SPREADSHEET, "csv-renamed.xlsx", "text or CSV");
    }

    @Test
    void refusesAnEmptyFileAndAPdfAsNotSpreadsheets() throws Exception {
        assertFault(Files.write(dir.resolve("empty.xlsx"), new byte[0]), FileFault.FILE_NOT_SPREADSHEET, "empty.xlsx", "empty");
        assertFault(Files.writeString(dir.resolve("report.xls"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n", StandardCharsets.ISO_8859_1),
                FileFault.FILE_NOT_SPREADSHEET, "report.xls", "PDF");
    }

    @Test
    void refusesATruncatedXlsxAsCorrupt() throws Exception {
        byte[] whole = Files.readAllBytes(xlsxWithOneCell(dir.resolve("whole.xlsx")));
        Path file = Files.write(dir.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));

        assertFault(file, FileFault.FILE_CORRUPT, "truncated.xlsx", "damaged or incomplete");
    }

    @Test
    void refusesAnAgileEncryptedXlsxAsPasswordProtected() throws Exception {
        Path plain = xlsxWithOneCell(dir.resolve("plain.xlsx"));
        Path file = dir.resolve("encrypted-agile.xlsx");
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream encrypted = encryptor.getDataStream(fs)) {
                encrypted.write(Files.readAllBytes(plain));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        assertFault(file, FileFault.FILE_PASSWORD_PROTECTED, "encrypted-agile.xlsx", "password protected", "unprotected copy");
    }

    @Test
    void refusesAnEncryptedXlsAsPasswordProtected() throws Exception {
        Path file = dir.resolve("encrypted-rc4.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("CASE-1");
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        assertFault(file, FileFault.FILE_PASSWORD_PROTECTED, "encrypted-rc4.xls", "password protected");
    }

    @Test
    void refusesAZipBombWithoutExpandingIt() throws Exception {
        String padding = " ".repeat(40 * 1024 * 1024);
        Path file = new HandWrittenXlsx()
                .rawSheet("S", null, HandWrittenXlsx.worksheet("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + padding, ""))
                .writeTo(dir.resolve("zip-bomb-huge-sheet-entry.xlsx"));
        assertThat(Files.size(file)).isLessThan(1024 * 1024);

        assertFault(file, FileFault.FILE_UNSAFE, "zip-bomb-huge-sheet-entry.xlsx", "zip bomb");
    }

    @Test
    void refusesAWorkbookDeclaringEntitiesWithoutExpandingThem() throws Exception {
        Path file = new HandWrittenXlsx()
                .workbookPrologue("<!DOCTYPE workbook [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]>")
                .sheet("S", "")
                .writeTo(dir.resolve("workbook-with-entity-declarations.xlsx"));

        assertFault(file, FileFault.FILE_UNSAFE, "workbook-with-entity-declarations.xlsx", "entity");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeOpeningIt() throws Exception {
        Path file = Files.write(dir.resolve("big.xlsx"), new byte[2048]);
        WorkbookOpener small = new WorkbookOpener(new WorkbookLimits(1024, 0.01, 1 << 20, 1 << 20));

        assertThatThrownBy(() -> small.open(file)).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.fault()).isEqualTo(FileFault.FILE_TOO_LARGE);
            assertThat(e.getMessage()).contains("big.xlsx");
        });
    }

    @Test
    void refusesASheetWhoseXmlWouldExpandBeyondTheSheetLimitAndReadsItUnderALargerOne() throws Exception {
        // given: a sheet of 20,000 rows of varied numbers, ~600 KB of XML that compresses only a few times
        StringBuilder rows = new StringBuilder();
        java.util.Random random = new java.util.Random(3);
        for (int r = 1; r <= 20_000; r++) {
            rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\"><v>")
                    .append(random.nextLong()).append("</v></c></row>");
        }
        Path file = new HandWrittenXlsx().rawSheet("S", null, HandWrittenXlsx.worksheet(rows.toString(), ""))
                .writeTo(dir.resolve("big-sheet.xlsx"));
        WorkbookOpener smallSheets = new WorkbookOpener(WorkbookLimits.defaults().withSizes(10L << 20, 100L << 10));

        // when / then: over the sheet limit, refused without being expanded
        assertThatThrownBy(() -> {
            try (WorkbookSource source = smallSheets.open(file)) {
                for (SheetRef sheet : source.sheets()) {
                    source.readRows(sheet, row -> { });
                }
            }
        }).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.fault()).isEqualTo(FileFault.FILE_UNSAFE);
            assertThat(e.getMessage()).contains("big-sheet.xlsx", "would expand");
        });
        // and under the default limits (a million-line return's sheet is ~520 MB of XML), read in full
        assertThat(WorkbookReading.rowsOf(file, "S")).hasSize(20_000);
    }

    @Test
    void refusesAnXlsbAsAnUnsupportedFormat() throws Exception {
        Path file = dir.resolve("binary-workbook.xlsb");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : new String[] {"[Content_Types].xml", "_rels/.rels", "xl/workbook.bin"}) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("x".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        assertFault(file, FileFault.FILE_FORMAT_UNSUPPORTED, "binary-workbook.xlsb", ".xlsx");
    }

    @Test
    void refusesAnExcel95WorkbookAsAnOldFormat() throws Exception {
        Path file = dir.resolve("excel-95-book-stream.xls");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[] {9, 8, 8, 0, 0, 5, 16, 0, 0, 0, 0, 0}), "Book");
            fs.writeFilesystem(out);
        }

        assertFault(file, FileFault.FILE_FORMAT_UNSUPPORTED, "excel-95-book-stream.xls", "5/95", ".xlsx");
    }

    @Test
    void recognisesAnXlsNamedXlsxByItsContent() throws Exception {
        Path file = dir.resolve("really-an-xls.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("CASE-1");
            wb.write(out);
        }

        assertThat(WorkbookReading.rowsOf(file, "S")).singleElement()
                .satisfies(row -> assertThat(row.cells().get(0).text()).isEqualTo("CASE-1"));
    }

    private static Path xlsxWithOneCell(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("CASE-1");
            wb.write(out);
        }
        return file;
    }

    /** Opens and reads every sheet: a fault may show at open or while reading. */
    private void assertFault(Path file, FileFault fault, String... messageParts) {
        assertThatThrownBy(() -> {
            try (WorkbookSource source = opener.open(file)) {
                for (SheetRef sheet : source.sheets()) {
                    source.readRows(sheet, row -> { });
                }
            }
        }).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.fault()).isEqualTo(fault);
            assertThat(e.getMessage()).contains(messageParts);
        });
    }
}
