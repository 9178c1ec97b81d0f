package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXException;

class StylesXmlTests {

    private static final String HEAD = "<styleSheet xmlns=\"" + StylesXml.MAIN_NS + "\">";

    @TempDir
    Path folder;

    @Test
    void builtInAndOwnDateFormatsMakeDateStyles() throws Exception {
        // given
        String xml = HEAD + "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
                + "<numFmt numFmtId=\"165\" formatCode=\"#,##0.00\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/><xf numFmtId=\"165\"/><xf/></cellXfs></styleSheet>";

        // when
        CellStyles styles = read(xml);

        // then
        assertThat(List.of(styles.isDate(0), styles.isDate(1), styles.isDate(2), styles.isDate(3), styles.isDate(4)))
                .containsExactly(false, true, true, false, false);
        assertThat(styles.isDate(-1)).isFalse();
        assertThat(styles.isDate(5)).isFalse();
    }

    @Test
    void aBuiltInDateFormatIdIsADateWhateverCodeTheWorkbookGivesIt() throws Exception {
        // given: POI's DateUtil takes the ids of the built-in date formats (14-22, 45-47) as dates
        String xml = HEAD + "<numFmts><numFmt numFmtId=\"14\" formatCode=\"0.0\"/><numFmt numFmtId=\"164\" formatCode=\"0.0\"/></numFmts>"
                + "<cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/></cellXfs></styleSheet>";

        // when
        CellStyles styles = read(xml);

        // then
        assertThat(styles.isDate(0)).isTrue();
        assertThat(styles.isDate(1)).isFalse();
    }

    @Test
    void aStyleWhoseFormatIdIsNoNumberFailsOnlyWhenANumberIsReadInIt() throws Exception {
        // given
        String xml = HEAD + "<cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"abc\"/></cellXfs></styleSheet>";

        // when
        CellStyles styles = read(xml);

        // then
        assertThat(styles.isDate(0)).isTrue();
        assertThatThrownBy(() -> styles.isDate(1)).isInstanceOf(IllegalStateException.class).hasMessageContaining("abc");
    }

    @Test
    void aStylesPartThatIsNoStyleSheetIsRefused() {
        // given
        String xml = "<styleSheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><cellXfs><xf/></cellXfs></styleSheet>";

        // when / then
        assertThatThrownBy(() -> read(xml)).isInstanceOf(SAXException.class).hasMessageContaining("not a styleSheet");
    }

    @Test
    void aDoctypeIsRefused() {
        // given
        String xml = "<!DOCTYPE styleSheet [<!ENTITY a \"b\">]>" + HEAD + "<cellXfs><xf/></cellXfs></styleSheet>";

        // when / then
        assertThatThrownBy(() -> read(xml)).hasMessageContaining("DOCTYPE");
    }

    /** Odd stylesheets, each answered by POI's StylesTable and by StylesXml: the answers must be the same. */
    @TestFactory
    Stream<DynamicTest> answersAsPoisStylesTableForOddStyleSheets() {
        List<String[]> cases = List.of(
                new String[] {"plain", HEAD + "<cellXfs><xf numFmtId=\"14\"/><xf/><xf numFmtId=\" 22 \"/></cellXfs></styleSheet>"},
                new String[] {"ids written oddly", HEAD + "<cellXfs><xf numFmtId=\"+14\"/><xf numFmtId=\"014\"/><xf numFmtId=\"\t15\n\"/>"
                        + "<xf numFmtId=\"-0\"/><xf numFmtId=\"\uFF11\uFF14\"/><xf numFmtId=\"14.0\"/><xf numFmtId=\"\"/><xf numFmtId=\"1e2\"/></cellXfs></styleSheet>"},
                new String[] {"ids beyond a short", HEAD + "<cellXfs><xf numFmtId=\"65550\"/><xf numFmtId=\"65536\"/><xf numFmtId=\"4294967310\"/>"
                        + "<xf numFmtId=\"9223372036854775807\"/><xf numFmtId=\"9223372036854775808\"/><xf numFmtId=\"-1\"/></cellXfs></styleSheet>"},
                new String[] {"parent style ids", HEAD + "<cellXfs><xf numFmtId=\"14\" xfId=\"abc\"/><xf numFmtId=\"14\" xfId=\"-3\"/><xf numFmtId=\"14\" xfId=\"99\"/></cellXfs></styleSheet>"},
                new String[] {"own formats", HEAD + "<numFmts><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/><numFmt numFmtId=\"164\" formatCode=\"0.00\"/>"
                        + "<numFmt numFmtId=\"14\" formatCode=\"0.0\"/><numFmt numFmtId=\"165\"/><numFmt formatCode=\"yyyy\"/></numFmts>"
                        + "<numFmts><numFmt numFmtId=\"166\" formatCode=\"yyyy\"/></numFmts>"
                        + "<cellXfs><xf numFmtId=\"164\"/><xf numFmtId=\"14\"/><xf numFmtId=\"165\"/><xf numFmtId=\"166\"/><xf numFmtId=\"0\"/></cellXfs></styleSheet>"},
                new String[] {"own format with an unreadable id", HEAD + "<numFmts><numFmt numFmtId=\"abc\" formatCode=\"yy\"/></numFmts><cellXfs><xf/></cellXfs></styleSheet>"},
                new String[] {"two cellXfs", HEAD + "<cellXfs><xf numFmtId=\"14\"/></cellXfs><cellXfs><xf numFmtId=\"14\"/><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
                new String[] {"nested and foreign elements", HEAD + "<cellXfs><xf numFmtId=\"14\"><xf numFmtId=\"15\"/></xf><foo><xf numFmtId=\"16\"/></foo>"
                        + "<x:xf xmlns:x=\"urn:other\" numFmtId=\"17\"/></cellXfs><extLst><ext><cellXfs><xf/></cellXfs></ext></extLst></styleSheet>"},
                new String[] {"prefixed", "<x:styleSheet xmlns:x=\"" + StylesXml.MAIN_NS + "\"><x:numFmts><x:numFmt numFmtId=\"200\" formatCode=\"yy\"/></x:numFmts>"
                        + "<x:cellXfs><x:xf numFmtId=\"200\"/></x:cellXfs></x:styleSheet>"},
                new String[] {"attribute in another namespace", HEAD.replace(">", " xmlns:q=\"urn:q\">") + "<cellXfs><xf q:numFmtId=\"14\"/></cellXfs></styleSheet>"},
                new String[] {"only cell style xfs", HEAD + "<cellStyleXfs><xf numFmtId=\"14\"/></cellStyleXfs><cellXfs><xf numFmtId=\"0\"/></cellXfs></styleSheet>"},
                new String[] {"no namespace", "<styleSheet><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
                new String[] {"another root", "<foo xmlns=\"" + StylesXml.MAIN_NS + "\"><cellXfs><xf numFmtId=\"14\"/></cellXfs></foo>"},
                new String[] {"strict namespace", "<styleSheet xmlns=\"http://purl.oclc.org/ooxml/spreadsheetml/main\"><cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>"},
                new String[] {"empty", ""},
                new String[] {"cut off", HEAD + "<cellXfs><xf numFmtId=\"14\"/>"},
                new String[] {"doctype", "<!DOCTYPE x [<!ENTITY a \"b\">]>" + HEAD + "<cellXfs><xf numFmtId=\"14\"/></cellXfs></styleSheet>"});
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            // given
            Path file = new HandWrittenXlsx().styles(c[1]).sheet("Data", "").writeTo(folder.resolve("styles.xlsx"));

            // when
            List<String> poi = StyleAnswers.poi(file);
            List<String> ours = StyleAnswers.ours(file, poi.size());

            // then
            assertThat(ours).isEqualTo(poi);
        }));
    }

    /**
     * Every workbook the tests can reach (the shared corpus, the sample returns, the sample inbox): the same
     * answers as POI's. POI's StylesTable also builds fonts, fills, borders, colours and table styles, and
     * refuses a file when one of those is damaged (a fuzzed table style without a type...); StylesXml reads
     * none of them. Such a file must still be refused, for another of its faults.
     */
    @TestFactory
    Stream<DynamicTest> answersAsPoisStylesTableForEveryReachableWorkbook() throws Exception {
        List<Path> files = WorkbookFiles.reachableZips();
        Assumptions.assumeFalse(files.isEmpty(), "no workbooks to compare");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
            // when
            List<String> poi = StyleAnswers.poi(file);
            List<String> ours = StyleAnswers.ours(file, poi.size());

            // then
            if (poi.equals(List.of("refused")) && !ours.equals(poi)) {
                assertThatThrownBy(() -> new WorkbookOpener(WorkbookLimits.defaults()).open(file).close())
                        .isInstanceOf(WorkbookException.class);
            } else {
                assertThat(ours).isEqualTo(poi);
            }
        }));
    }

    private static CellStyles read(String xml) throws Exception {
        return StylesXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The answer for each cell style index from -1 to two past the last: "date", "number" or "fails"; or
     * the single answer "refused" when the styles cannot be read at all, "no package" when the file is no package.
     */
    private static final class StyleAnswers {

        static List<String> poi(Path file) {
            OPCPackage pkg = openOrNull(file);
            if (pkg == null) {
                return List.of("no package");
            }
            try {
                StylesTable styles;
                try {
                    styles = new XSSFReader(pkg, true).getStylesTable();
                } catch (Exception | StackOverflowError refused) {
                    return List.of("refused");
                }
                List<String> answers = new ArrayList<>();
                int count = styles == null ? 0 : styles.getNumCellStyles();
                for (int i = -1; i <= count + 1; i++) {
                    try {
                        answers.add(styles == null ? "number" : poiIsDate(styles, i) ? "date" : "number");
                    } catch (RuntimeException fails) {
                        answers.add("fails");
                    }
                }
                return answers;
            } finally {
                pkg.revert();
            }
        }

        /** The file as an OPC package read with the application's inflate-ratio guard; null when it is none. */
        private static OPCPackage openOrNull(Path file) {
            ZipSecureFile.setMinInflateRatio(WorkbookLimits.defaults().minInflateRatio());
            try {
                return OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (Exception | StackOverflowError notAPackage) {
                return null;
            }
        }

        /** What CellStyles answered when it asked POI's StylesTable. */
        private static boolean poiIsDate(StylesTable styles, int styleIndex) {
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

        static List<String> ours(Path file, int answers) {
            OPCPackage pkg = openOrNull(file);
            if (pkg == null) {
                return List.of("no package");
            }
            try {
                CellStyles styles;
                try {
                    List<PackagePart> parts = pkg.getPartsByContentType(XlsxWorkbookSource.STYLES_CONTENT_TYPE);
                    if (parts.isEmpty()) {
                        styles = CellStyles.NONE;
                    } else {
                        try (InputStream in = parts.get(0).getInputStream()) {
                            styles = StylesXml.read(in);
                        }
                    }
                } catch (Exception | StackOverflowError refused) {
                    return List.of("refused");
                }
                List<String> result = new ArrayList<>();
                for (int i = -1; i < answers - 1; i++) {
                    try {
                        result.add(styles.isDate(i) ? "date" : "number");
                    } catch (RuntimeException fails) {
                        result.add("fails");
                    }
                }
                return result;
            } finally {
                pkg.revert();
            }
        }
    }
}
