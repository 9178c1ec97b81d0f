package org.customs.seizures.reports.operations;

/** The operation results could not be read from the warehouse. */
public final class OperationReadException extends RuntimeException {

    OperationReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
