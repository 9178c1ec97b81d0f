package org.customs.seizures.reports.safety;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Text that may come from a return, made safe against formula injection before it goes
 * into a spreadsheet or a CSV file that a reader opens in a spreadsheet program.
 *
 * <p>A text is <em>formula-like</em> when it starts with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return (or the full-width {@code ＝ ＋ － ＠}, which some
 * spreadsheet programs also accept). In a CSV field such a text gets a leading apostrophe
 * ({@link #forCsv(String)}); in a workbook it is written as a plain string cell whose style
 * carries the quote prefix ({@link #write(Cell, String)}), so that neither opening the file
 * nor editing the cell ever evaluates it.
 *
 * <p>An instance belongs to one workbook (it keeps the quote-prefixed copies of that
 * workbook's styles); it is not thread-safe, like the workbook itself.
 */
public final class SafeCellText {

    private static final String FORMULA_STARTS = "=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20";

    private final Workbook workbook;
    private final Map<Integer, CellStyle> quotePrefixedStyles = new HashMap<>();

    public SafeCellText(Workbook workbook) {
        this.workbook = workbook;
    }

    /** True when a spreadsheet program could take this text for a formula. */
    public static boolean isFormulaLike(String text) {
        return text != null && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
    }

    /** The text to put in a CSV field: formula-like text gets a leading apostrophe; null stays null. */
    public static String forCsv(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * Writes the text as a string cell (never a formula). A formula-like text keeps the cell's
     * style but with the quote prefix set. A null text leaves the cell blank.
     */
    public void write(Cell cell, String text) {
        if (text == null) {
            cell.setBlank();
            return;
        }
        cell.setCellValue(text);
        if (isFormulaLike(text)) {
            cell.setCellStyle(quotePrefixed(cell.getCellStyle()));
        }
    }

    private CellStyle quotePrefixed(CellStyle style) {
        if (style.getQuotePrefixed()) {
            return style;
        }
        return quotePrefixedStyles.computeIfAbsent(style.getIndex() & 0xFFFF, index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(style);
            copy.setQuotePrefixed(true);
            return copy;
        });
    }
}
