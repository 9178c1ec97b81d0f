package org.customs.seizures.core.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The sheets' XML parser (Aalto) refuses what the JDK's refused: DOCTYPEs, entity bombs, external entities. */
class SheetXmlSafetyTests {

    private static final String ROW = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>%s</t></is></c></row>";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> refusesAHostileSheetAsUnsafeWithoutReadingARow() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "not for senders");
        String laughs = "<!DOCTYPE worksheet [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
                + "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
                + "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
                + "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
                + "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
                + "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
                + "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>";
        List<String[]> cases = List.of(
                new String[] {"billion laughs", laughs, "&lol9;"},
                new String[] {"a declared entity", "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\">"
                        + "<!ENTITY b \"&a;&a;&a;&a;&a;\">]>", "&b;"},
                new String[] {"external entity", "<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>", "&xxe;"},
                new String[] {"external DTD", "<!DOCTYPE worksheet SYSTEM \"" + secret.toUri() + "\">", "x"},
                new String[] {"a DOCTYPE alone", "<!DOCTYPE worksheet>", "x"},
                new String[] {"an undeclared entity", "", "&undeclared;"});
        return cases.stream().map(c -> DynamicTest.dynamicTest(c[0], () -> {
            // given
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + c[1] + "<worksheet xmlns=\"" + HandWrittenXlsx.MAIN_NS
                    + "\"><sheetData>" + ROW.formatted(c[2]) + "</sheetData></worksheet>";
            Path file = new HandWrittenXlsx().rawSheet("S", null, xml).writeTo(dir.resolve("hostile.xlsx"));
            List<RawRow> seen = new ArrayList<>();

            // when / then
            assertThatThrownBy(() -> {
                try (WorkbookSource source = new WorkbookOpener(WorkbookLimits.defaults()).open(file)) {
                    source.readRows(source.sheets().get(0), seen::add);
                }
            }).isInstanceOfSatisfying(WorkbookException.class, e -> {
                assertThat(e.fault()).isEqualTo(FileFault.FILE_UNSAFE);
                assertThat(e.getMessage()).contains("hostile.xlsx").doesNotContain("not for senders");
            });
            assertThat(seen).isEmpty();
        }));
    }
}
