package org.customs.seizures.reports.feedback;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of a feedback workbook, created once per workbook. */
final class FeedbackStyles {

    /** The fill of a cell that kept its row out of the warehouse (light red). */
    static final String REJECTED_FILL = "FFC7CE";
    /** The fill of a cell with a warning: the row was loaded (amber). */
    static final String WARNING_FILL = "FFEB9C";

    final XSSFCellStyle title;
    final XSSFCellStyle label;
    final XSSFCellStyle text;
    final XSSFCellStyle wrapped;
    final XSSFCellStyle count;
    final XSSFCellStyle header;
    final XSSFCellStyle rejectedCell;
    final XSSFCellStyle warningCell;
    final XSSFCellStyle rejectedRowNumber;
    final XSSFCellStyle warningRowNumber;
    final XSSFCellStyle rejectedReason;
    final XSSFCellStyle warningReason;

    FeedbackStyles(XSSFWorkbook workbook) {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        XSSFFont big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        label.setWrapText(true);
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        count = workbook.createCellStyle();
        count.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        count.setVerticalAlignment(VerticalAlignment.TOP);

        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);

        rejectedCell = filled(workbook, text, REJECTED_FILL);
        warningCell = filled(workbook, text, WARNING_FILL);
        rejectedRowNumber = filled(workbook, text, REJECTED_FILL);
        warningRowNumber = filled(workbook, text, WARNING_FILL);
        rejectedReason = filled(workbook, wrapped, REJECTED_FILL);
        warningReason = filled(workbook, wrapped, WARNING_FILL);
    }

    private static XSSFCellStyle filled(XSSFWorkbook workbook, XSSFCellStyle base, String rgbHex) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setFillForegroundColor(new XSSFColor(rgb(rgbHex), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }

    private static byte[] rgb(String hex) {
        return new byte[] {(byte) Integer.parseInt(hex.substring(0, 2), 16),
                (byte) Integer.parseInt(hex.substring(2, 4), 16), (byte) Integer.parseInt(hex.substring(4, 6), 16)};
    }
}
