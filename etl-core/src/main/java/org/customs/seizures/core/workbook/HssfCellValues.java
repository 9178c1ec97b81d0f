package org.customs.seizures.core.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;

/**
 * The raw value of an .xls cell: formulas give their cached result, or, saved without one, their value
 * as POI's evaluator computes it; dates follow the workbook's date system.
 */
final class HssfCellValues {

    private final DateSystem dates;
    private final FormulaEvaluator evaluator;
    private final Map<Short, Boolean> dateStyles = new HashMap<>();

    HssfCellValues(DateSystem dates, FormulaEvaluator evaluator) {
        this.dates = dates;
        this.evaluator = evaluator;
    }

    /**
     * The cell's value, or null when it holds none (blank, or only a style).
     *
     * @param uncached the cell is a formula saved without a computed result: evaluate it, and when that is
     *                 impossible give {@link CellKind#FORMULA_WITHOUT_VALUE}
     */
    RawCell read(HSSFCell cell, boolean uncached) {
        CellType type = cell.getCellType();
        boolean formula = type == CellType.FORMULA;
        if (formula && uncached) {
            return evaluated(cell);
        }
        if (formula) {
            type = cell.getCachedFormulaResultType();
        }
        int column = cell.getColumnIndex();
        return switch (type) {
            case NUMERIC -> dates.numeric(column, cell.getNumericCellValue(), isDateFormatted(cell), formula);
            case STRING -> {
                String text = cell.getRichStringCellValue().getString();
                yield text == null || (text.isEmpty() && !formula) ? null
                        : new RawCell(column, CellKind.TEXT, text, 0, null, false, formula);
            }
            case BOOLEAN -> new RawCell(column, CellKind.BOOLEAN, cell.getBooleanCellValue() ? "TRUE" : "FALSE",
                    0, null, false, formula);
            case ERROR -> new RawCell(column, CellKind.ERROR, errorCode(cell.getErrorCellValue()), 0, null, false, formula);
            default -> null;
        };
    }

    private RawCell evaluated(HSSFCell cell) {
        int column = cell.getColumnIndex();
        String formula = cell.getCellFormula();
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException notEvaluable) {
            // a function POI does not implement, an external reference...: the sender must type the value
            value = null;
        }
        if (value == null) {
            return new RawCell(column, CellKind.FORMULA_WITHOUT_VALUE, formula, 0, null, false, true);
        }
        return switch (value.getCellType()) {
            case NUMERIC -> dates.numeric(column, value.getNumberValue(), isDateFormatted(cell), true);
            case STRING -> new RawCell(column, CellKind.TEXT, value.getStringValue(), 0, null, false, true);
            case BOOLEAN -> new RawCell(column, CellKind.BOOLEAN, value.getBooleanValue() ? "TRUE" : "FALSE",
                    0, null, false, true);
            case ERROR -> new RawCell(column, CellKind.ERROR, errorCode(value.getErrorValue()), 0, null, false, true);
            default -> new RawCell(column, CellKind.FORMULA_WITHOUT_VALUE, formula, 0, null, false, true);
        };
    }

    /** Looking up a format string is slow in HSSF, so each style is asked once. */
    private boolean isDateFormatted(HSSFCell cell) {
        CellStyle style = cell.getCellStyle();
        if (style == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(style.getIndex(), index -> {
            String format = style.getDataFormatString();
            return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
        });
    }

    private static String errorCode(byte code) {
        return FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#ERROR!";
    }
}
