package org.customs.seizures.core.workbook;

/** What a spreadsheet cell really holds, read from the file and never from its displayed text. */
public enum CellKind {
    /** A number; {@link RawCell#number()} holds it. */
    NUMBER,
    /** A number whose cell style is a date format, converted with the workbook's date system; {@link RawCell#date()} holds it, {@link RawCell#number()} the serial. */
    DATE,
    /** Text as typed, untrimmed; {@link RawCell#text()} holds it. */
    TEXT,
    /** TRUE or FALSE; {@link RawCell#text()} holds "TRUE" or "FALSE". */
    BOOLEAN,
    /** An error value such as {@code #N/A} or {@code #DIV/0!}; {@link RawCell#text()} holds the code. */
    ERROR,
    /** A formula with no cached result that could not be evaluated; {@link RawCell#text()} holds the formula. */
    FORMULA_WITHOUT_VALUE
}
