package org.customs.seizures.core.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReferenceCsvTests {

    @Test
    void readsRowsByColumnNameWithQuotedCommas() {
        List<Map<String, String>> rows = ReferenceCsv.read("test.csv",
                new StringReader("alias,code\n\"cu.m., cubic\",MTQ\n kg ,KGM\n"));

        assertThat(rows).containsExactly(Map.of("alias", "cu.m., cubic", "code", "MTQ"),
                Map.of("alias", "kg", "code", "KGM"));
    }

    @Test
    void readsShippedFilesFromTheClasspath() {
        assertThat(ReferenceCsv.fromClasspath("units.csv"))
                .anySatisfy(row -> assertThat(row).containsEntry("code", "KGM").containsEntry("dimension", "mass"));
    }

    @Test
    void namesTheMissingFile() {
        assertThatThrownBy(() -> ReferenceCsv.fromClasspath("no-such-file.csv"))
                .hasMessageContaining("/reference/no-such-file.csv");
    }

    @Test
    void namesTheMissingColumn() {
        assertThatThrownBy(() -> ReferenceCsv.required(Map.of("alias", "kg", "code", ""), "code"))
                .hasMessageContaining("'code'");
    }
}
