package org.customs.seizures.core.workbook;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the raw, typed cell values of one sheet's XML ({@code <sheetData>}) and hands each row on
 * to a {@link MergedSpread}. It never formats a value: numbers stay numbers, dates are dates
 * converted with the workbook's date system, errors keep their code.
 */
final class SheetXmlHandler extends DefaultHandler {

    /** Excel holds at most 32,767 characters in a cell and 8,192 in a formula; anything far beyond is hostile. */
    static final int MAX_CELL_CHARS = 1_000_000;

    private enum Collecting { NOTHING, VALUE, FORMULA, INLINE }

    private final SharedTexts sharedStrings;
    private final CellStyles styles;
    private final DateSystem dates;
    private final SerialDates serialDates;
    private final UncachedFormulas uncached;
    private final MergedSpread spread;

    private final List<RawCell> cells = new ArrayList<>();
    private boolean inSheetData;
    private boolean inRow;
    private int rowNumber;
    private int lastRowNumber;
    private int nextColumn;

    private boolean inCell;
    private int column;
    private String type;
    private int style;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private boolean hasValue;
    private boolean hasFormula;
    private boolean hasInline;
    private boolean inInlineString;
    private int phoneticDepth;
    private Collecting collecting = Collecting.NOTHING;

    SheetXmlHandler(SharedTexts sharedStrings, CellStyles styles, DateSystem dates,
                    UncachedFormulas uncached, MergedSpread spread) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.dates = dates;
        this.serialDates = new SerialDates(dates);
        this.uncached = uncached;
        this.spread = spread;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        switch (localName) {
            case "sheetData" -> inSheetData = true;
            case "row" -> {
                if (inSheetData) {
                    startRow(attribute(atts, "r"));
                }
            }
            case "c" -> {
                if (inRow) {
                    startCell(atts);
                }
            }
            case "v" -> collect(Collecting.VALUE);
            case "f" -> collect(Collecting.FORMULA);
            case "is" -> {
                if (inCell) {
                    inInlineString = true;
                    hasInline = true;
                }
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> {
                if (inInlineString && phoneticDepth == 0) {
                    collecting = Collecting.INLINE;
                }
            }
            default -> {
                // every other element (row/cell formatting, drawings, mergeCells...) is not a value
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "f", "t" -> collecting = Collecting.NOTHING;
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "is" -> inInlineString = false;
            case "c" -> {
                if (inCell) {
                    finishCell();
                }
            }
            case "row" -> {
                if (inRow) {
                    finishRow();
                }
            }
            case "sheetData" -> {
                if (inSheetData) {
                    spread.finish();
                    inSheetData = false;
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        StringBuilder target = switch (collecting) {
            case VALUE -> value;
            case FORMULA -> formula;
            case INLINE -> inline;
            case NOTHING -> null;
        };
        if (target != null) {
            if (target.length() + length > MAX_CELL_CHARS) {
                throw new OversizedCellException(RawCell.columnLetters(column) + rowNumber, MAX_CELL_CHARS);
            }
            target.append(ch, start, length);
        }
    }

    private void collect(Collecting what) {
        if (!inCell) {
            return;
        }
        collecting = what;
        if (what == Collecting.VALUE) {
            hasValue = true;
        } else if (what == Collecting.FORMULA) {
            hasFormula = true;
        }
    }

    private void startRow(String r) {
        int parsed = r == null ? -1 : parseInt(r);
        rowNumber = parsed >= 1 && parsed <= A1Reference.MAX_ROW ? parsed : lastRowNumber + 1;
        inRow = true;
        nextColumn = 0;
        cells.clear();
    }

    private void startCell(Attributes atts) throws SAXException {
        String ref = attribute(atts, "r");
        int parsed = ref == null ? -1 : A1Reference.column(ref);
        column = parsed >= 0 ? parsed : nextColumn;
        if (column > A1Reference.MAX_COLUMN) {
            throw new SAXException("row " + rowNumber + " has more columns than Excel allows");
        }
        String t = attribute(atts, "t");
        type = t == null ? "n" : t;
        String s = attribute(atts, "s");
        style = s == null ? 0 : parseInt(s);
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
        hasValue = false;
        hasFormula = false;
        hasInline = false;
        inInlineString = false;
        phoneticDepth = 0;
        inCell = true;
    }

    private void finishCell() {
        inCell = false;
        collecting = Collecting.NOTHING;
        nextColumn = column + 1;
        RawCell cell = hasValue || hasInline ? storedValue() : null;
        if (cell == null && hasFormula && !hasValue) {
            String text = formula.toString();
            cell = uncached.evaluate(rowNumber, column, text, List.copyOf(cells))
                    .map(this::inCellStyle)
                    .orElseGet(() -> new RawCell(column, CellKind.FORMULA_WITHOUT_VALUE, text, 0, null, false, true));
        }
        if (cell != null) {
            cells.add(cell);
        }
    }

    /** An evaluated number in a date-formatted cell is a date, as a cached one would be. */
    private RawCell inCellStyle(RawCell evaluated) {
        return evaluated.kind() == CellKind.NUMBER
                ? serialDates.numeric(column, evaluated.number(), styles.isDate(style), true) : evaluated;
    }

    private RawCell storedValue() {
        if (isNumberType()) {
            double plain = PlainDecimal.parse(value);
            if (!Double.isNaN(plain)) {
                return serialDates.numeric(column, plain, styles.isDate(style), hasFormula);
            }
        } else if ("s".equals(type)) {
            int index = PlainDecimal.index(value);
            if (index != PlainDecimal.NOT_AN_INDEX) {
                return text(sharedString(index));
            }
        }
        String raw = value.toString();
        return switch (type) {
            case "s" -> raw.isBlank() ? null : text(sharedString(raw.trim()));
            case "inlineStr" -> hasInline ? text(inline.toString()) : (raw.isEmpty() ? null : text(raw));
            case "str" -> raw.isEmpty() && !hasFormula ? null : text(raw);
            case "b" -> raw.isBlank() ? null : new RawCell(column, CellKind.BOOLEAN,
                    "1".equals(raw.trim()) || "true".equalsIgnoreCase(raw.trim()) ? "TRUE" : "FALSE", 0, null, false, hasFormula);
            case "e" -> raw.isBlank() ? null : new RawCell(column, CellKind.ERROR, raw.trim(), 0, null, false, hasFormula);
            case "d" -> raw.isBlank() ? null : isoDate(raw.trim());
            default -> raw.isBlank() ? null : number(raw.trim());
        };
    }

    private RawCell text(String text) {
        return new RawCell(column, CellKind.TEXT, text, 0, null, false, hasFormula);
    }

    private RawCell number(String raw) {
        try {
            return serialDates.numeric(column, Double.parseDouble(raw), styles.isDate(style), hasFormula);
        } catch (NumberFormatException notANumber) {
            return text(raw);   // a damaged numeric cell: keep what is stored rather than guess
        }
    }

    private RawCell isoDate(String raw) {
        try {
            String local = raw.endsWith("Z") ? raw.substring(0, raw.length() - 1) : raw;
            LocalDateTime date = local.contains("T") ? LocalDateTime.parse(local)
                    : java.time.LocalDate.parse(local).atStartOfDay();
            return dates.isoDate(column, date, hasFormula);
        } catch (DateTimeParseException unreadable) {
            return text(raw);
        }
    }

    /** Every type but the text, boolean, error and ISO date ones is read as a number ({@code n}, or an unknown type). */
    private boolean isNumberType() {
        return switch (type) {
            case "s", "inlineStr", "str", "b", "e", "d" -> false;
            default -> true;
        };
    }

    private String sharedString(String raw) {
        return sharedString(parseInt(raw));
    }

    private String sharedString(int index) {
        try {
            if (index >= 0) {
                return sharedStrings.at(index);
            }
        } catch (IndexOutOfBoundsException missing) {
            // reported below
        }
        throw new IllegalStateException("cell " + RawCell.columnLetters(column) + rowNumber
                + " refers to shared string " + value.toString().trim() + ", which the file does not hold");
    }

    private void finishRow() {
        inRow = false;
        lastRowNumber = rowNumber;
        spread.row(rowNumber, cells);
        cells.clear();
    }

    /**
     * The attribute of this qualified name, or null. Looked up by index: Aalto's {@code getValue(qName)} answers
     * for an element without attributes with those of the element before it (aalto-xml 1.3.3).
     */
    private static String attribute(Attributes atts, String qName) {
        for (int i = 0, n = atts.getLength(); i < n; i++) {
            if (qName.equals(atts.getQName(i))) {
                return atts.getValue(i);
            }
        }
        return null;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
