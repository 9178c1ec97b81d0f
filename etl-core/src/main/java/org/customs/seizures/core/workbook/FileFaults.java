package org.customs.seizures.core.workbook;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/**
 * The sender-facing messages for whole-file faults, and the translation of whatever POI throws
 * into one of them. Every message names the file and says what the sender can do.
 */
final class FileFaults {

    private static final String RESAVE_STEPS = "open it in Excel, save a fresh copy as an Excel Workbook (.xlsx) and send that.";
    private static final String RESAVE = " Please " + RESAVE_STEPS;

    private FileFaults() {
    }

    static WorkbookException notSpreadsheet(String fileName, String looksLike) {
        return new WorkbookException(FileFault.FILE_NOT_SPREADSHEET, "The file '" + fileName
                + "' is not an Excel workbook (it looks like " + looksLike + ")."
                + " Please send the return as an Excel workbook (.xlsx or .xls).");
    }

    static WorkbookException tooLarge(String fileName, long bytes, long maxBytes) {
        return new WorkbookException(FileFault.FILE_TOO_LARGE, "The file '" + fileName + "' is "
                + megabytes(bytes) + ", more than the " + megabytes(maxBytes) + " accepted."
                + " Please remove unneeded sheets, pictures or formatting, or split the return, and send it again.");
    }

    static WorkbookException passwordProtected(String fileName) {
        return new WorkbookException(FileFault.FILE_PASSWORD_PROTECTED, "The file '" + fileName
                + "' is password protected, so it cannot be read."
                + " Please remove the password and send an unprotected copy.");
    }

    static WorkbookException oldExcelFormat(String fileName, String version, Throwable cause) {
        return new WorkbookException(FileFault.FILE_FORMAT_UNSUPPORTED, "The file '" + fileName
                + "' is saved in an old Excel " + version + " format, which cannot be read." + RESAVE, cause);
    }

    static WorkbookException binaryWorkbook(String fileName) {
        return new WorkbookException(FileFault.FILE_FORMAT_UNSUPPORTED, "The file '" + fileName
                + "' is an Excel Binary Workbook (.xlsb), which cannot be read." + RESAVE);
    }

    static WorkbookException strictOpenXml(String fileName, Throwable cause) {
        return new WorkbookException(FileFault.FILE_FORMAT_UNSUPPORTED, "The file '" + fileName
                + "' is saved as a Strict Open XML Spreadsheet, which cannot be read." + RESAVE, cause);
    }

    static WorkbookException corrupt(String fileName, String where, Throwable cause) {
        return new WorkbookException(FileFault.FILE_CORRUPT, "The file '" + fileName + "'" + where
                + " is damaged or incomplete and cannot be read. Please send the file again; if it still fails,"
                + " " + RESAVE_STEPS, cause);
    }

    /** Translates a failure while opening a file. */
    static WorkbookException from(Throwable failure, String fileName) {
        return from(failure, fileName, "");
    }

    /** Translates a failure while reading the named sheet of a file. */
    static WorkbookException fromSheet(Throwable failure, String fileName, String sheetName) {
        return from(failure, fileName, " (sheet '" + sheetName + "')");
    }

    private static WorkbookException from(Throwable failure, String fileName, String where) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkbookException known) {
                return known;
            }
            if (t instanceof EncryptedDocumentException) {
                return passwordProtected(fileName);
            }
            if (t instanceof OldExcelFormatException) {
                return oldExcelFormat(fileName, "5/95 (or older)", failure);
            }
            if (t instanceof OversizedCellException) {
                return unsafe(fileName, where, "a cell holds far more text than Excel allows", failure);
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("exceed the max")
                    || message.contains("potentially malicious")) {
                return unsafe(fileName, where, "part of it would expand to far more data than its size allows"
                        + " (a 'zip bomb')", failure);
            }
            if (message.contains("doctype") || message.contains("entity") || message.contains("entities")) {
                return unsafe(fileName, where, "it contains XML entity declarations, which Excel never writes"
                        + " and which are used to attack programs that read files", failure);
            }
            if (message.contains("more than 1 entry with the name")) {
                return unsafe(fileName, where, "it contains two different parts stored under the same name", failure);
            }
            if (message.contains("strict ooxml")) {
                return strictOpenXml(fileName, failure);
            }
        }
        return corrupt(fileName, where, failure);
    }

    static WorkbookException unsafe(String fileName, String why) {
        return unsafe(fileName, "", why, null);
    }

    private static WorkbookException unsafe(String fileName, String where, String why, Throwable cause) {
        return new WorkbookException(FileFault.FILE_UNSAFE, "The file '" + fileName + "'" + where
                + " was refused and not read: " + why + ". If the file is genuine,"
                + " " + RESAVE_STEPS, cause);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
