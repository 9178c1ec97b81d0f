package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Looks at a zip file's directory before anything is expanded: refuses entries that would expand
 * too far or too much (zip bombs), recognises .xlsb and plain zip archives. POI's own guard still
 * watches the real bytes while they are read, in case the directory lies.
 */
final class OoxmlFormatCheck {

    private OoxmlFormatCheck() {
    }

    static void check(Path file, String fileName, WorkbookLimits limits) throws WorkbookException {
        boolean contentTypes = false;
        boolean binaryWorkbook = false;
        long entries = 0;
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (++entries > ZipSecureFile.getMaxFileCount()) {
                    throw FileFaults.unsafe(fileName, "it holds more internal parts than any workbook needs");
                }
                String name = entry.getName().toLowerCase(Locale.ROOT);
                contentTypes |= name.equals("[content_types].xml");
                binaryWorkbook |= name.equals("xl/workbook.bin");
                refuseBomb(entry, fileName, limits);
            }
        } catch (IOException unreadable) {
            throw FileFaults.corrupt(fileName, "", unreadable);
        }
        if (binaryWorkbook) {
            throw FileFaults.binaryWorkbook(fileName);
        }
        if (!contentTypes) {
            throw FileFaults.notSpreadsheet(fileName, "a zip archive");
        }
    }

    private static void refuseBomb(ZipEntry entry, String fileName, WorkbookLimits limits) throws WorkbookException {
        long size = entry.getSize();
        long compressed = entry.getCompressedSize();
        if (size > limits.maxEntryBytes()) {
            throw FileFaults.unsafe(fileName, "its part '" + entry.getName() + "' would expand to "
                    + size / (1024 * 1024) + " MB, more than the " + limits.maxEntryBytes() / (1024 * 1024)
                    + " MB allowed (a 'zip bomb')");
        }
        if (size > ZipSecureFile.getGraceEntrySize() && compressed > 0
                && (double) compressed / size < limits.minInflateRatio()) {
            throw FileFaults.unsafe(fileName, "its part '" + entry.getName() + "' would expand "
                    + size / compressed + " times, far more than real spreadsheets do (a 'zip bomb')");
        }
    }
}
