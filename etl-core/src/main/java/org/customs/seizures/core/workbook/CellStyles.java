package org.customs.seizures.core.workbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Which cell styles of an .xlsx carry a date number format, decided once per style when the workbook is
 * opened ({@link StylesXml} reads them). The answers are those of POI's {@code StylesTable}: a style's
 * format is its {@code numFmtId} (cut to a {@code short} as POI does), whose code is the workbook's own
 * {@code numFmt} of that id or else the built-in format; a style whose ids cannot be read as numbers fails
 * when a number is read in it, as POI does then.
 */
final class CellStyles {

    /** A workbook without a styles part: no cell is date-formatted. */
    static final CellStyles NONE = new CellStyles(Map.of(), List.of());

    private static final byte NUMBER = 0;
    private static final byte DATE = 1;
    private static final byte UNREADABLE = 2;

    /** One {@code cellXfs/xf}: its number format id and its parent style id, as written (either may be null). */
    record Xf(String numFmtId, String xfId) {
    }

    private final byte[] kinds;
    private final String[] unreadable;

    /**
     * @param formatCodes the workbook's own number formats by id (a code may be null: the id is then built in)
     * @param xfs         the cell styles in order
     */
    CellStyles(Map<Short, String> formatCodes, List<Xf> xfs) {
        kinds = new byte[xfs.size()];
        unreadable = new String[xfs.size()];
        Map<Short, Boolean> dateFormats = new HashMap<>();
        for (int i = 0; i < kinds.length; i++) {
            Xf xf = xfs.get(i);
            Long format = XmlLong.parse(xf.numFmtId(), 0);
            Long parent = XmlLong.parse(xf.xfId(), 0);
            if (format == null || parent == null) {
                kinds[i] = UNREADABLE;
                unreadable[i] = format == null ? xf.numFmtId() : xf.xfId();
            } else {
                short id = (short) format.longValue();
                kinds[i] = dateFormats.computeIfAbsent(id, f -> isDateFormat(f, formatCodes)) ? DATE : NUMBER;
            }
        }
    }

    boolean isDate(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= kinds.length) {
            return false;
        }
        if (kinds[styleIndex] == UNREADABLE) {
            throw new IllegalStateException("cell style " + styleIndex + " has an unreadable number '"
                    + unreadable[styleIndex] + "'");
        }
        return kinds[styleIndex] == DATE;
    }

    private static boolean isDateFormat(short id, Map<Short, String> formatCodes) {
        String code = formatCodes.get(id);
        if (code == null) {
            code = BuiltinFormats.getBuiltinFormat(id);
        }
        return code != null && DateUtil.isADateFormat(id, code);
    }
}
