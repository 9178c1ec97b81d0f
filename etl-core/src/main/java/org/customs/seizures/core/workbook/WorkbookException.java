package org.customs.seizures.core.workbook;

/** A whole file cannot be read; the message is written for the sender and names the file. */
public class WorkbookException extends Exception {

    private final FileFault fault;

    public WorkbookException(FileFault fault, String message) {
        super(message);
        this.fault = fault;
    }

    public WorkbookException(FileFault fault, String message, Throwable cause) {
        super(message, cause);
        this.fault = fault;
    }

    public FileFault fault() {
        return fault;
    }
}
