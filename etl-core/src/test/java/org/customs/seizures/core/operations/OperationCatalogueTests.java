package org.customs.seizures.core.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OperationCatalogueTests {

    private static final OperationCatalogue CATALOGUE = OperationCatalogue.fromClasspath();

    @ParameterizedTest
    @ValueSource(strings = {"THUNDERBALL2019", "thunderball2019", "Thunderball 2019", "Operation Thunderball",
            "Opération Thunderball", "Operación Thunderball", "Thunderball", "OPERATION THUNDERBALL 2019",
            "Op. Thunderball", "Operation\u00A0Thunderball\u200B"})
    void resolvesThunderballWrittenManyWays(String raw) {
        assertThat(CATALOGUE.resolve(raw)).map(Operation::code).hasValue("THUNDERBALL2019");
    }

    @ParameterizedTest
    @ValueSource(strings = {"EARTHGODDESS2019", "Earth Goddess", "Operation Earth Goddess", "earth-goddess 2019",
            "Opération Déesse de la Terre", "Déesse de la Terre", "Operación Diosa de la Tierra"})
    void resolvesEarthGoddessByNameOrTranslatedAlias(String raw) {
        assertThat(CATALOGUE.resolve(raw)).map(Operation::code).hasValue("EARTHGODDESS2019");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thunderdome", "Thunderball 2018", "", "Operation", "2019"})
    void doesNotResolveUnknownOperations(String raw) {
        assertThat(CATALOGUE.resolve(raw)).isEmpty();
    }

    @Test
    void readsTheOperationRecord() {
        assertThat(CATALOGUE.byCode("thunderbird2017")).hasValue(new Operation("THUNDERBIRD2017",
                "Operation Thunderbird", "WILDLIFE", LocalDate.of(2017, 1, 30), LocalDate.of(2017, 2, 19)));
        assertThat(CATALOGUE.all()).extracting(Operation::code).containsExactly(
                "THUNDERBIRD2017", "THUNDERSTORM2018", "THUNDERBALL2019", "EARTHGODDESS2019");
        assertThat(CATALOGUE.resolve(null)).isEmpty();
    }

    @Test
    void leavesOutANameSharedByTwoOperationsButKeepsTheirYears() {
        OperationCatalogue catalogue = new OperationCatalogue(List.of(
                row("THUNDERBALL2019", "Operation Thunderball", "2019-06-04", "2019-06-30"),
                row("THUNDERBALL2020", "Operation Thunderball", "2020-06-01", "2020-06-30")));

        assertThat(catalogue.resolve("Operation Thunderball")).isEmpty();
        assertThat(catalogue.resolve("Thunderball")).isEmpty();
        assertThat(catalogue.resolve("Thunderball 2020")).map(Operation::code).hasValue("THUNDERBALL2020");
        assertThat(catalogue.resolve("THUNDERBALL2019")).map(Operation::code).hasValue("THUNDERBALL2019");
    }

    private static Map<String, String> row(String code, String name, String start, String end) {
        return Map.of("operation_code", code, "name", name, "domain", "WILDLIFE", "start_date", start,
                "end_date", end, "aliases", "Thunderball|Opération Thunderball");
    }
}
