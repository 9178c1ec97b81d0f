package org.customs.seizures.core.returns;

/**
 * A cover value that could not be read and was left out (the return still loads).
 *
 * @param rowNumber 1-based row on the cover sheet
 * @param column    the label of the value, as the sender wrote it
 * @param code      stable code
 * @param message   plain words for the sender
 */
record CoverNote(int rowNumber, String column, String code, String message) {
}
