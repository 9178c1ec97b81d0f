package org.customs.seizures.core.workbook;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.customs.seizures.core.handoff.HandOff;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * An .xlsx/.xlsm workbook read by streaming each sheet's XML: memory holds the shared strings,
 * the styles and one row, never the sheet.
 */
final class XlsxWorkbookSource implements WorkbookSource {

    private static final String WORKSHEET_RELATIONSHIP_SUFFIX = "/worksheet";
    /** The parts POI's readers take, by content type: the first of each. */
    static final String SHARED_STRINGS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
    static final String STYLES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
    /** Sheets from this size of XML (some 4,000 rows of ten cells) are parsed on a second thread. */
    static final long READ_AHEAD_FROM_BYTES = 2L * 1024 * 1024;

    private final OPCPackage pkg;
    private final String fileName;
    private final Map<SheetRef, PackagePart> sheetParts;
    private final List<SheetRef> sheets;
    private final SharedTexts sharedStrings;
    private final CellStyles styles;
    private final DateSystem dates;
    private final UncachedFormulas uncached;
    private final long readAheadBytes;

    private XlsxWorkbookSource(OPCPackage pkg, String fileName, Map<SheetRef, PackagePart> sheetParts,
                               SharedTexts sharedStrings, CellStyles styles, DateSystem dates, long readAheadBytes) {
        this.pkg = pkg;
        this.fileName = fileName;
        this.sheetParts = sheetParts;
        this.sheets = List.copyOf(sheetParts.keySet());
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.dates = dates;
        this.uncached = new SameRowFormulas();
        this.readAheadBytes = readAheadBytes;
    }

    /** Opens an OOXML package that {@link OoxmlFormatCheck} has already let through. */
    static XlsxWorkbookSource open(Path file, String fileName) throws WorkbookException {
        return open(file, fileName, READ_AHEAD_FROM_BYTES);
    }

    /** As {@link #open(Path, String)}, parsing on a second thread the sheets of at least {@code readAheadBytes}. */
    static XlsxWorkbookSource open(Path file, String fileName, long readAheadBytes) throws WorkbookException {
        OPCPackage pkg = null;
        boolean strict = false;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (core.isEmpty()) {
                core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
                strict = !core.isEmpty();
            }
            if (core.isEmpty()) {
                throw FileFaults.notSpreadsheet(fileName, "an Office file that holds no workbook");
            }
            PackagePart workbookPart = pkg.getPart(core.getRelationship(0));
            if (workbookPart == null) {
                throw FileFaults.corrupt(fileName, "", null);
            }
            String contentType = workbookPart.getContentType();
            if (contentType.contains("binary")) {
                throw FileFaults.binaryWorkbook(fileName);
            }
            if (!contentType.contains("spreadsheetml") && !contentType.contains("ms-excel")) {
                throw FileFaults.notSpreadsheet(fileName, "another kind of Office document");
            }
            WorkbookXmlHandler workbook;
            try (InputStream in = workbookPart.getInputStream()) {
                workbook = WorkbookXmlHandler.read(in);
            }
            Map<SheetRef, PackagePart> sheets = worksheets(workbookPart, workbook.sheets());
            SharedTexts sharedStrings = sharedStrings(pkg);
            CellStyles styles = styles(pkg);
            return new XlsxWorkbookSource(pkg, fileName, sheets, sharedStrings, styles,
                    DateSystem.of(workbook.date1904()), readAheadBytes);
        } catch (WorkbookException known) {
            revert(pkg);
            throw known;
        } catch (Exception | StackOverflowError failure) {
            revert(pkg);
            WorkbookException translated = FileFaults.from(failure, fileName);
            if (strict && translated.fault() == FileFault.FILE_CORRUPT) {
                throw FileFaults.strictOpenXml(fileName, failure);
            }
            throw translated;
        }
    }

    private static SharedTexts sharedStrings(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(SHARED_STRINGS_CONTENT_TYPE);
        return new SharedTexts(parts.isEmpty() ? null : new ReadOnlySharedStringsTable(parts.get(0), false));
    }

    private static CellStyles styles(OPCPackage pkg) throws Exception {
        List<PackagePart> parts = pkg.getPartsByContentType(STYLES_CONTENT_TYPE);
        if (parts.isEmpty()) {
            return CellStyles.NONE;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            return StylesXml.read(in);
        }
    }

    private static Map<SheetRef, PackagePart> worksheets(PackagePart workbookPart,
                                                         List<WorkbookXmlHandler.SheetEntry> entries) throws Exception {
        Map<SheetRef, PackagePart> sheets = new LinkedHashMap<>();
        for (WorkbookXmlHandler.SheetEntry entry : entries) {
            if (entry.relationshipId() == null) {
                continue;
            }
            PackageRelationship rel = workbookPart.getRelationship(entry.relationshipId());
            // chart sheets, dialog sheets and macro sheets hold no data rows
            if (rel == null || !rel.getRelationshipType().endsWith(WORKSHEET_RELATIONSHIP_SUFFIX)) {
                continue;
            }
            PackagePart part = workbookPart.getRelatedPart(rel);
            if (part != null) {
                String name = entry.name() == null ? "Sheet" + (entry.position() + 1) : entry.name();
                sheets.put(new SheetRef(entry.position(), name, entry.hidden()), part);
            }
        }
        return sheets;
    }

    @Override
    public List<SheetRef> sheets() {
        return sheets;
    }

    @Override
    public boolean uses1904Dates() {
        return dates.is1904();
    }

    /**
     * Reads the sheet's rows; a sheet of at least {@code readAheadBytes} of XML is parsed on a second thread
     * while this one takes its rows ({@link HandOff}).
     */
    @Override
    public void readRows(SheetRef sheet, Consumer<RawRow> rows) throws WorkbookException {
        PackagePart part = sheetParts.get(sheet);
        if (part == null) {
            throw new IllegalArgumentException("sheet " + sheet + " is not a worksheet of " + fileName);
        }
        if (part.getSize() >= readAheadBytes) {
            HandOff.run("sheet-parser", sink -> parse(sheet, part, sink), rows, WorkbookException.class);
        } else {
            parse(sheet, part, rows);
        }
    }

    private void parse(SheetRef sheet, PackagePart part, Consumer<RawRow> rows) throws WorkbookException {
        try {
            MergedRanges merged = MergedRanges.NONE;
            boolean mayMerge;
            try (InputStream in = part.getInputStream()) {
                mayMerge = MergedRangeScanner.mayHoldMergedRanges(in);
            }
            if (mayMerge) {
                try (InputStream in = part.getInputStream()) {
                    merged = MergedRangeScanner.scan(in);
                }
            }
            MergedSpread spread = new MergedSpread(merged, ConsumerFailure.guard(rows));
            SheetXmlHandler handler = new SheetXmlHandler(sharedStrings, styles, dates, uncached, spread);
            XMLReader reader = SafeXml.newSheetReader();
            reader.setContentHandler(handler);
            try (InputStream in = part.getInputStream()) {
                reader.parse(new InputSource(in));
            }
        } catch (ConsumerFailure callersOwn) {
            throw callersOwn.original();
        } catch (Exception | StackOverflowError failure) {
            throw FileFaults.fromSheet(failure, fileName, sheet.name());
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static void revert(OPCPackage pkg) {
        if (pkg != null) {
            try {
                pkg.revert();
            } catch (RuntimeException ignored) {
                // closing a package that failed to open: nothing more can be done
            }
        }
    }
}
