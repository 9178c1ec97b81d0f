package org.customs.seizures.jobs.warehouse;

/** Another process holds the warehouse file (DuckDB allows one writer, and no reader beside it). */
public class WarehouseInUseException extends RuntimeException {

    public WarehouseInUseException(String message, Throwable cause) {
        super(message, cause);
    }
}
