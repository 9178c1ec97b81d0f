package org.customs.seizures.reports.yoy;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The cell styles of the year-on-year workbook, created once per workbook. */
final class WorkbookStyles {

    static final String COUNT_FORMAT = "#,##0";
    static final String QUANTITY_FORMAT = "#,##0.0";
    static final String TONNES_FORMAT = "#,##0.000";
    static final String PERCENT_FORMAT = "0.0\"%\"";

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle note;
    final CellStyle header;
    final CellStyle groupHeader;
    final CellStyle text;
    final CellStyle wrapped;
    final CellStyle warning;
    final CellStyle count;
    final CellStyle quantity;
    final CellStyle tonnes;
    final CellStyle percent;
    final CellStyle notAvailable;

    WorkbookStyles(Workbook workbook) {
        DataFormat formats = workbook.createDataFormat();

        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = workbook.createCellStyle();
        title.setFont(titleFont);

        subtitle = workbook.createCellStyle();

        Font noteFont = workbook.createFont();
        noteFont.setItalic(true);
        note = workbook.createCellStyle();
        note.setFont(noteFont);

        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setBorderBottom(BorderStyle.THIN);

        groupHeader = workbook.createCellStyle();
        groupHeader.setFont(bold);
        groupHeader.setAlignment(HorizontalAlignment.CENTER);

        text = workbook.createCellStyle();
        wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);

        Font red = workbook.createFont();
        red.setBold(true);
        red.setColor(org.apache.poi.ss.usermodel.IndexedColors.DARK_RED.getIndex());
        warning = workbook.createCellStyle();
        warning.setFont(red);

        count = numberStyle(workbook, formats, COUNT_FORMAT);
        quantity = numberStyle(workbook, formats, QUANTITY_FORMAT);
        tonnes = numberStyle(workbook, formats, TONNES_FORMAT);
        percent = numberStyle(workbook, formats, PERCENT_FORMAT);

        notAvailable = workbook.createCellStyle();
        notAvailable.setAlignment(HorizontalAlignment.RIGHT);
    }

    CellStyle of(Measure measure) {
        return measure.isCount() ? count : quantity;
    }

    private static CellStyle numberStyle(Workbook workbook, DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }
}
