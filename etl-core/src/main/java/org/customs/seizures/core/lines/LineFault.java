package org.customs.seizures.core.lines;

/**
 * One reason a line cannot load, with what the sender needs to fix it.
 *
 * @param column   the column as the sender named it
 * @param rawValue the value found, as typed (null when the cell was empty)
 * @param reason   stable reason code
 * @param message  plain words, e.g. "Quantity '12,5,0' is not a number"
 */
public record LineFault(String column, String rawValue, RejectReason reason, String message) {
}
