package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;

/**
 * Opens a returned file as a {@link WorkbookSource}, recognising its format from its content
 * (never from its extension). Whatever goes wrong, the caller gets a {@link WorkbookException}
 * whose message names the file and tells the sender what to do.
 *
 * <p>POI's zip-bomb guard is process-wide; each {@link #open} applies this opener's limits to it.
 */
public final class WorkbookOpener {

    private static final int SNIFF_BYTES = 4096;

    private final WorkbookLimits limits;

    public WorkbookOpener(WorkbookLimits limits) {
        this.limits = limits;
    }

    public WorkbookSource open(Path file) throws WorkbookException {
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = sizeOf(file, fileName);
            if (size == 0) {
                throw FileFaults.notSpreadsheet(fileName, "an empty file");
            }
            if (size > limits.maxFileBytes()) {
                throw FileFaults.tooLarge(fileName, size, limits.maxFileBytes());
            }
            applyZipGuards();
            FileMagic magic = FileMagic.valueOf(file.toFile());
            return switch (magic) {
                case OOXML -> {
                    OoxmlFormatCheck.check(file, fileName, limits);
                    yield XlsxWorkbookSource.open(file, fileName);
                }
                case OLE2 -> XlsWorkbookSource.open(file, fileName);
                case BIFF2, BIFF3, BIFF4 -> throw FileFaults.oldExcelFormat(fileName, "2, 3 or 4", null);
                case PDF -> throw FileFaults.notSpreadsheet(fileName, "a PDF document");
                case HTML -> throw FileFaults.notSpreadsheet(fileName, "a web page (HTML)");
                case XML -> throw FileFaults.notSpreadsheet(fileName, "an XML file");
                case JPEG, GIF, PNG, TIFF, BMP, WMF, EMF -> throw FileFaults.notSpreadsheet(fileName, "a picture");
                case RTF, MSWRITE, WORD2 -> throw FileFaults.notSpreadsheet(fileName, "a word-processing document");
                default -> throw unrecognised(file, fileName);
            };
        } catch (WorkbookException known) {
            throw known;
        } catch (Exception | StackOverflowError failure) {
            throw FileFaults.from(failure, fileName);
        }
    }

    private static long sizeOf(Path file, String fileName) throws WorkbookException {
        if (!Files.isRegularFile(file)) {
            throw FileFaults.notSpreadsheet(fileName, "a missing file or a folder");
        }
        try {
            return Files.size(file);
        } catch (IOException unreadable) {
            throw FileFaults.corrupt(fileName, "", unreadable);
        }
    }

    private void applyZipGuards() {
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
        ZipSecureFile.setMaxTextSize(limits.maxTextBytes());
    }

    /** A zip that does not start like one (empty, or cut off at the front) is damaged; text is text. */
    private static WorkbookException unrecognised(Path file, String fileName) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return FileFaults.corrupt(fileName, "", null);
        }
        for (byte b : head) {
            if (b == 0) {
                return FileFaults.notSpreadsheet(fileName, "an unknown kind of file");
            }
        }
        return FileFaults.notSpreadsheet(fileName, "a text or CSV file");
    }
}
