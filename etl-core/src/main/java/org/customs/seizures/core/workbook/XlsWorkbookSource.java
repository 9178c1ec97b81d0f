package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFFormulaEvaluator;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A BIFF8 .xls workbook (Excel 97 to 2003) read through HSSF. An .xls sheet holds at most 65,536
 * rows, so the workbook model fits in memory; rows are still handed over one at a time.
 */
final class XlsWorkbookSource implements WorkbookSource {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final String fileName;
    private final List<SheetRef> sheets;
    private final DateSystem dates;
    private HSSFFormulaEvaluator evaluator;

    private XlsWorkbookSource(POIFSFileSystem fs, HSSFWorkbook workbook, String fileName) {
        this.fs = fs;
        this.workbook = workbook;
        this.fileName = fileName;
        this.dates = DateSystem.of(workbook.getInternalWorkbook().isUsing1904DateWindowing());
        List<SheetRef> refs = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            boolean hidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
            refs.add(new SheetRef(i, workbook.getSheetName(i), hidden));
        }
        this.sheets = List.copyOf(refs);
    }

    /** Opens an OLE2 file: refuses encrypted and pre-BIFF8 workbooks before HSSF parses anything. */
    static XlsWorkbookSource open(Path file, String fileName) throws WorkbookException {
        POIFSFileSystem fs = null;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
                throw FileFaults.passwordProtected(fileName);
            }
            String stream = workbookStream(root, fileName);
            try (InputStream in = root.createDocumentInputStream(stream)) {
                if (BiffEncryptionCheck.isEncrypted(in)) {
                    throw FileFaults.passwordProtected(fileName);
                }
            }
            HSSFWorkbook workbook = new HSSFWorkbook(fs, false);
            return new XlsWorkbookSource(fs, workbook, fileName);
        } catch (WorkbookException known) {
            closeQuietly(fs);
            throw known;
        } catch (Exception | StackOverflowError failure) {
            closeQuietly(fs);
            throw FileFaults.from(failure, fileName);
        }
    }

    private static String workbookStream(DirectoryNode root, String fileName) throws WorkbookException {
        String oldBook = null;
        for (Entry entry : root) {
            String name = entry.getName();
            if (name.equalsIgnoreCase("Workbook") || name.equals("BOOK")) {
                return name;
            }
            if (name.equals("Book")) {
                oldBook = name;
            }
        }
        if (oldBook != null) {
            throw FileFaults.oldExcelFormat(fileName, "5/95", null);
        }
        throw FileFaults.notSpreadsheet(fileName, "another kind of Office document, with no workbook inside");
    }

    @Override
    public List<SheetRef> sheets() {
        return sheets;
    }

    @Override
    public boolean uses1904Dates() {
        return dates.is1904();
    }

    @Override
    public void readRows(SheetRef sheet, Consumer<RawRow> rows) throws WorkbookException {
        if (!sheets.contains(sheet)) {
            throw new IllegalArgumentException("sheet " + sheet + " is not a worksheet of " + fileName);
        }
        try {
            HSSFSheet hssf = workbook.getSheetAt(sheet.index());
            MergedSpread spread = new MergedSpread(mergedRanges(hssf), ConsumerFailure.guard(rows));
            BiffUncachedFormulas uncached = BiffUncachedFormulas.of(hssf);
            HssfCellValues values = new HssfCellValues(dates, evaluator());
            List<RawCell> cells = new ArrayList<>();
            for (Row row : hssf) {
                cells.clear();
                for (Cell cell : row) {
                    RawCell value = values.read((HSSFCell) cell, uncached.contains(row.getRowNum(), cell.getColumnIndex()));
                    if (value != null) {
                        cells.add(value);
                    }
                }
                spread.row(((HSSFRow) row).getRowNum() + 1, cells);
            }
            spread.finish();
        } catch (ConsumerFailure callersOwn) {
            throw callersOwn.original();
        } catch (Exception | StackOverflowError failure) {
            throw FileFaults.fromSheet(failure, fileName, sheet.name());
        }
    }

    /** One evaluator per workbook: it caches what it computes across sheets. */
    private HSSFFormulaEvaluator evaluator() {
        if (evaluator == null) {
            evaluator = new HSSFFormulaEvaluator(workbook);
        }
        return evaluator;
    }

    private static MergedRanges mergedRanges(HSSFSheet sheet) {
        List<MergedRange> ranges = new ArrayList<>();
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            MergedRange range = new MergedRange(region.getFirstRow() + 1, region.getLastRow() + 1,
                    region.getFirstColumn(), region.getLastColumn());
            if (!range.isSingleCell() && range.firstRow() >= 1 && range.firstColumn() >= 0) {
                ranges.add(range);
            }
        }
        return ranges.isEmpty() ? MergedRanges.NONE : new MergedRanges(ranges);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException | RuntimeException ignored) {
            // read-only: nothing was written that closing could lose
        }
        closeQuietly(fs);
    }

    private static void closeQuietly(POIFSFileSystem fs) {
        if (fs != null) {
            try {
                fs.close();
            } catch (IOException | RuntimeException ignored) {
                // the file was only read
            }
        }
    }
}
