package org.customs.seizures.core.returns;

/**
 * Receives what {@link ReturnReader} finds in one return, in file order. The reader never holds
 * the lines: it hands each one over as soon as it is read.
 */
public interface ReturnListener {

    /** Called once, before any sheet, when the return's country and period are known. */
    void identified(ReturnIdentity identity);

    /** A seizure sheet was recognised; its lines follow. */
    default void seizureSheet(String sheet, int headerRowNumber, java.util.Map<Field, String> headers) {
    }

    /** A sheet that is not a seizure sheet (instructions, lists, charts, cover) and why. */
    default void otherSheet(String sheet, String why) {
    }

    /** A header cell matched no known field: the column is ignored and noted. */
    default void unknownColumn(String sheet, int rowNumber, String column, String header) {
    }

    /** A data row to validate. */
    void line(ReturnLine line);

    /** A row read but neither a line nor a rejection. */
    void skipped(String sheet, int rowNumber, SkipReason reason);

    /** Something the sender should know that does not reject a line (e.g. a totals mismatch). */
    void warning(String sheet, int rowNumber, String column, String code, String message);
}
