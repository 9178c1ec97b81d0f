package org.customs.seizures.core.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** The raw value of an .xls cell: formulas give their cached result, dates follow the workbook's date system. */
final class HssfCellValues {

    private final DateSystem dates;
    private final Map<Short, Boolean> dateStyles = new HashMap<>();

    HssfCellValues(DateSystem dates) {
        this.dates = dates;
    }

    /** The cell's value, or null when it holds none (blank, or only a style). */
    RawCell read(HSSFCell cell) {
        CellType type = cell.getCellType();
        boolean formula = type == CellType.FORMULA;
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
