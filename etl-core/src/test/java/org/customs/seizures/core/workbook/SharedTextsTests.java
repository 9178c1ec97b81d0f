package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class SharedTextsTests {

    /** The first strings of each workbook compared (one corpus file holds some 100,000). */
    private static final int STRINGS_COMPARED = 20_000;
    private static final String SST = "<sst xmlns=\"" + StylesXml.MAIN_NS + "\">";

    @Test
    void givesEachStringAsPoiDoesWithEscapesDecodedRunsJoinedAndPhoneticRunsLeftOut() throws Exception {
        // given
        ReadOnlySharedStringsTable table = table(SST
                + "<si><t>Cocaine</t></si>"
                + "<si><t>tab_x0009_and_x000D_return _x005F_x0041_</t></si>"
                + "<si><r><t>Heroin </t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">(kg) </t></r></si>"
                + "<si><t>\u6771\u4EAC</t><rPh sb=\"0\" eb=\"2\"><t>\u30C8\u30A6\u30AD\u30E7\u30A6</t></rPh></si>"
                + "<si><t/></si>"
                + "</sst>");

        // when
        SharedTexts texts = new SharedTexts(table);

        // then
        for (int i = 0; i < 5; i++) {
            assertThat(texts.at(i)).isEqualTo(table.getItemAt(i).getString());
        }
        assertThat(texts.at(0)).isEqualTo("Cocaine");
        assertThat(texts.at(2)).isEqualTo("Heroin (kg) ");
        assertThat(texts.at(3)).isEqualTo("\u6771\u4EAC");
    }

    @Test
    void answersAgainFromWhatItDecodedAlready() throws Exception {
        // given
        SharedTexts texts = new SharedTexts(table(SST + "<si><t>Cannabis_x0020_resin</t></si></sst>"));

        // when
        String first = texts.at(0);
        String second = texts.at(0);

        // then
        assertThat(first).isEqualTo("Cannabis resin");
        assertThat(second).isSameAs(first);
    }

    @Test
    void aStringTheWorkbookDoesNotHoldFails() throws Exception {
        // given
        SharedTexts texts = new SharedTexts(table(SST + "<si><t>only one</t></si></sst>"));
        SharedTexts none = new SharedTexts(null);

        // when / then
        assertThatThrownBy(() -> texts.at(1)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> texts.at(Integer.MAX_VALUE)).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> none.at(0)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void growsPastItsFirstCapacity() throws Exception {
        // given
        StringBuilder xml = new StringBuilder(SST);
        for (int i = 0; i < 300; i++) {
            xml.append("<si><t>text ").append(i).append("</t></si>");
        }
        SharedTexts texts = new SharedTexts(table(xml.append("</sst>").toString()));

        // when
        String last = texts.at(299);
        String first = texts.at(0);

        // then
        assertThat(last).isEqualTo("text 299");
        assertThat(first).isEqualTo("text 0");
    }

    /** Every shared string of every workbook of the shared corpus: the same text as POI's getItemAt(i).getString(). */
    @TestFactory
    Stream<DynamicTest> givesTheTextPoiGivesForEveryCorpusWorkbook() throws Exception {
        List<Path> files = WorkbookFiles.corpusZips();
        Assumptions.assumeFalse(files.isEmpty(), "no workbooks to compare");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getParent().getFileName() + "/" + file.getFileName(), () -> {
            ZipSecureFile.setMinInflateRatio(WorkbookLimits.defaults().minInflateRatio());
            OPCPackage pkg;
            try {
                pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            } catch (Exception | StackOverflowError notAPackage) {
                return;
            }
            try {
                ReadOnlySharedStringsTable table;
                try {
                    List<PackagePart> parts = pkg.getPartsByContentType(XlsxWorkbookSource.SHARED_STRINGS_CONTENT_TYPE);
                    Assumptions.assumeFalse(parts.isEmpty(), "no shared strings");
                    table = new ReadOnlySharedStringsTable(parts.get(0), false);
                } catch (Exception | StackOverflowError unreadable) {
                    return; // refused at opening, before any text is asked for
                }
                // given
                List<String> poi = new ArrayList<>();
                for (int i = 0; i < STRINGS_COMPARED; i++) {
                    try {
                        poi.add(table.getItemAt(i).getString());
                    } catch (RuntimeException beyondTheLast) {
                        break;
                    }
                }
                SharedTexts texts = new SharedTexts(table);

                // when
                String[] ours = new String[poi.size()];
                for (int i = ours.length - 1; i >= 0; i--) {
                    ours[i] = texts.at(i);
                }

                // then
                assertThat(ours).containsExactlyElementsOf(poi);
                if (poi.size() < STRINGS_COMPARED) {
                    assertThatThrownBy(() -> texts.at(poi.size())).isInstanceOf(RuntimeException.class);
                }
            } finally {
                pkg.revert();
            }
        }));
    }

    private static ReadOnlySharedStringsTable table(String xml) throws Exception {
        return new ReadOnlySharedStringsTable(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), false);
    }
}
