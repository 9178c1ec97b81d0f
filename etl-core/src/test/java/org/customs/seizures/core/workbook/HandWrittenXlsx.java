package org.customs.seizures.core.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal .xlsx package whose XML the test spells out, for quirks POI's writer never
 * produces (a formula without a cached value, a DOCTYPE, rows without numbers, a huge entry...).
 * Style 0 is General, style 1 a date format (built-in 14).
 */
final class HandWrittenXlsx {

    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static final String DEFAULT_STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"" + MAIN_NS + "\">"
            + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
            + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
            + "<borders count=\"1\"><border/></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
            + "</styleSheet>";

    private record Sheet(String name, String state, String xml, boolean chart) {
    }

    private final List<Sheet> sheets = new ArrayList<>();
    private String workbookPr = "";
    private String workbookPrologue = "";
    private String stylesXml = DEFAULT_STYLES;

    /** A worksheet whose {@code <sheetData>} content is given; {@code afterSheetData} follows it (e.g. mergeCells). */
    HandWrittenXlsx sheet(String name, String sheetData, String afterSheetData) {
        return rawSheet(name, null, worksheet(sheetData, afterSheetData));
    }

    HandWrittenXlsx sheet(String name, String sheetData) {
        return sheet(name, sheetData, "");
    }

    HandWrittenXlsx hiddenSheet(String name, String state, String sheetData) {
        return rawSheet(name, state, worksheet(sheetData, ""));
    }

    /** A sheet part whose whole XML is given, byte for byte. */
    HandWrittenXlsx rawSheet(String name, String state, String xml) {
        sheets.add(new Sheet(name, state, xml, false));
        return this;
    }

    HandWrittenXlsx chartSheet(String name) {
        sheets.add(new Sheet(name, null, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><chartsheet xmlns=\"" + MAIN_NS
                + "\"><sheetViews><sheetView workbookViewId=\"0\"/></sheetViews></chartsheet>", true));
        return this;
    }

    HandWrittenXlsx date1904(String flag) {
        workbookPr = "<workbookPr date1904=\"" + flag + "\"/>";
        return this;
    }

    /** The whole {@code xl/styles.xml}, byte for byte, instead of the default one. */
    HandWrittenXlsx styles(String xml) {
        stylesXml = xml;
        return this;
    }

    /** Text placed between the XML declaration and the root element of workbook.xml. */
    HandWrittenXlsx workbookPrologue(String prologue) {
        workbookPrologue = prologue;
        return this;
    }

    static String worksheet(String sheetData, String afterSheetData) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"" + MAIN_NS
                + "\" xmlns:r=\"" + REL_NS + "\"><sheetData>" + sheetData + "</sheetData>" + afterSheetData + "</worksheet>";
    }

    Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", contentTypes());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                    + "http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", workbook());
            put(zip, "xl/_rels/workbook.xml.rels", workbookRels());
            put(zip, "xl/styles.xml", stylesXml);
            for (int i = 0; i < sheets.size(); i++) {
                Sheet sheet = sheets.get(i);
                put(zip, partName(sheet, i), sheet.xml());
            }
        }
        return file;
    }

    private String contentTypes() {
        StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            types.append("<Override PartName=\"/").append(partName(sheet, i)).append("\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.")
                    .append(sheet.chart() ? "chartsheet" : "worksheet").append("+xml\"/>");
        }
        return types.append("</Types>").toString();
    }

    private String workbook() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + workbookPrologue
                + "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\"" + REL_NS + "\">" + workbookPr + "<sheets>");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            xml.append("<sheet name=\"").append(sheet.name()).append("\" sheetId=\"").append(i + 1).append('"');
            if (sheet.state() != null) {
                xml.append(" state=\"").append(sheet.state()).append('"');
            }
            xml.append(" r:id=\"rId").append(i + 1).append("\"/>");
        }
        return xml.append("</sheets></workbook>").toString();
    }

    private String workbookRels() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships\">");
        for (int i = 0; i < sheets.size(); i++) {
            Sheet sheet = sheets.get(i);
            xml.append("<Relationship Id=\"rId").append(i + 1).append("\" Type=\"").append(REL_NS)
                    .append(sheet.chart() ? "/chartsheet" : "/worksheet").append("\" Target=\"")
                    .append(partName(sheet, i).substring("xl/".length())).append("\"/>");
        }
        xml.append("<Relationship Id=\"rIdStyles\" Type=\"").append(REL_NS).append("/styles\" Target=\"styles.xml\"/>");
        return xml.append("</Relationships>").toString();
    }

    private static String partName(Sheet sheet, int i) {
        return sheet.chart() ? "xl/chartsheets/sheet" + (i + 1) + ".xml" : "xl/worksheets/sheet" + (i + 1) + ".xml";
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
