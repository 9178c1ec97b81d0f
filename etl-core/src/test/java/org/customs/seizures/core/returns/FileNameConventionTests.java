package org.customs.seizures.core.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNameConventionTests {

    @Test
    void readsCountryPeriodOperationAndVersion() {
        FileNameFacts facts = FileNameConvention.read("CHN_2019-06_THUNDERBALL2019_v2.xlsx").orElseThrow();

        assertThat(facts.iso3()).isEqualTo("CHN");
        assertThat(facts.period()).isEqualTo(YearMonth.of(2019, 6));
        assertThat(facts.operationToken()).isEqualTo("THUNDERBALL2019");
        assertThat(facts.version()).isEqualTo(2);
    }

    @Test
    void acceptsHyphensAndNoOptionalParts() {
        FileNameFacts facts = FileNameConvention.read("FRA-2019-09.xls").orElseThrow();

        assertThat(facts.iso3()).isEqualTo("FRA");
        assertThat(facts.period()).isEqualTo(YearMonth.of(2019, 9));
        assertThat(facts.operationToken()).isNull();
        assertThat(facts.version()).isNull();
    }

    @Test
    void readsAVersionWithHyphens() {
        FileNameFacts facts = FileNameConvention.read("ESP-2018-05-v1.xlsx").orElseThrow();

        assertThat(facts.version()).isEqualTo(1);
        assertThat(facts.words()).isEmpty();
    }

    @Test
    void isCaseInsensitiveAndAcceptsSpaces() {
        FileNameFacts facts = FileNameConvention.read("ken 2019 03 earthgoddess2019 V3.XLSX").orElseThrow();

        assertThat(facts.iso3()).isEqualTo("KEN");
        assertThat(facts.period()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(facts.operationToken()).isEqualTo("earthgoddess2019");
        assertThat(facts.version()).isEqualTo(3);
    }

    @Test
    void keepsTrailingWordsThatAreNeitherOperationNorVersion() {
        FileNameFacts resent = FileNameConvention.read("CHN-2019-01_resent.xlsx").orElseThrow();
        FileNameFacts copy = FileNameConvention.read("KEN_2019-03_corrupt_copy.xlsx").orElseThrow();

        assertThat(resent.period()).isEqualTo(YearMonth.of(2019, 1));
        assertThat(resent.words()).containsExactly("resent");
        assertThat(copy.iso3()).isEqualTo("KEN");
        assertThat(copy.period()).isEqualTo(YearMonth.of(2019, 3));
        assertThat(copy.words()).isEqualTo(List.of("corrupt", "copy"));
    }

    @Test
    void ignoresTheFolderPart() {
        assertThat(FileNameConvention.read("/inbox/2019/NGA_2019-12.xlsx").orElseThrow().iso3()).isEqualTo("NGA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"notes-from-the-field.xlsx", "FRANCE_2019-06.xlsx", "FRA_2019-13.xlsx",
            "FRA_06-2019.xlsx", "seizures.xlsx", "FRA.xlsx", ""})
    void givesNoFactsForANameOutsideTheConvention(String name) {
        assertThat(FileNameConvention.read(name)).isEmpty();
    }
}
