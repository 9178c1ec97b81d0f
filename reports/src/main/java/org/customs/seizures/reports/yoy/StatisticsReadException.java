package org.customs.seizures.reports.yoy;

/** The statistics of a month could not be read from the warehouse. */
public class StatisticsReadException extends RuntimeException {

    StatisticsReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
