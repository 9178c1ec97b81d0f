package org.customs.seizures.core.workbook;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/** Which cell styles of an .xlsx carry a date number format; answered once per style. */
final class CellStyles {

    private final StylesTable styles;
    private final Map<Integer, Boolean> dateStyles = new HashMap<>();

    CellStyles(StylesTable styles) {
        this.styles = styles;
    }

    boolean isDate(int styleIndex) {
        if (styles == null) {
            return false;
        }
        return dateStyles.computeIfAbsent(styleIndex, this::lookUp);
    }

    private boolean lookUp(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        if (style == null) {
            return false;
        }
        String format = style.getDataFormatString();
        return format != null && DateUtil.isADateFormat(style.getDataFormat(), format);
    }
}
