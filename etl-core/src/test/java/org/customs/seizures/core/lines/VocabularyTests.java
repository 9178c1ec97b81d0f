package org.customs.seizures.core.lines;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTests {

    private static final Vocabulary TRANSPORT = Vocabulary.transportModes();
    private static final Vocabulary DETECTION = Vocabulary.detectionMethods();
    private static final Vocabulary DIRECTION = Vocabulary.directions();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Air|air", "AÉRIEN|air", "vía aérea|air", "Air (passenger)|air", "Maritime|sea", "Marítimo|sea",
            "Road|road", "Routier|road", "Carretera|road", "Rail|rail", "ferroviaire|rail", "Ferrocarril|rail",
            "Courier|postal", "Colis postal|postal", "Correo|postal", "Pedestrian|pedestrian", "à pied|pedestrian",
            "Peatón|pedestrian"})
    void mapsTransportModesInThreeLanguages(String raw, String value) {
        assertThat(TRANSPORT.normalise(raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Risk profiling|risk_profiling", "Ciblage|risk_profiling", "Análisis de riesgo|risk_profiling",
            "X-Ray|xray", "Scanner|xray", "Radioscopie|xray", "Sniffer dog|detector_dog",
            "Équipe cynophile|detector_dog", "Perro detector|detector_dog", "Intelligence|intelligence",
            "Renseignement|intelligence", "Inteligencia|intelligence", "Routine check|routine_check",
            "Contrôle physique|routine_check", "Control rutinario|routine_check"})
    void mapsDetectionMethodsInThreeLanguages(String raw, String value) {
        assertThat(DETECTION.normalise(raw)).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "IMPORT|import", "Importation|import", "Importación|import", "Export|export", "Sortie|export",
            "Exportación|export", "Transit|transit", "Tránsito|transit", "Transbordement|transit"})
    void mapsDirectionsInThreeLanguages(String raw, String value) {
        assertThat(DIRECTION.normalise(raw)).isEqualTo(value);
    }

    @Test
    void keepsAnUnknownValueAsWrittenButCleaned() {
        assertThat(TRANSPORT.normalise("\u00A0Hovercraft\u200B ")).isEqualTo("Hovercraft");
        assertThat(TRANSPORT.valueOf("Hovercraft")).isNull();
        assertThat(TRANSPORT.normalise("  ")).isNull();
        assertThat(TRANSPORT.normalise(null)).isNull();
    }

    @Test
    void prefersTheLongestThenTheLeftmostAlias() {
        Vocabulary vocabulary = new Vocabulary("test", List.of(
                Map.of("value", "road", "alias", "road"),
                Map.of("value", "postal", "alias", "post"),
                Map.of("value", "courier", "alias", "express courier")));
        assertThat(vocabulary.valueOf("road to the border post")).isEqualTo("road");
        assertThat(vocabulary.valueOf("post by express courier")).isEqualTo("courier");
    }

    @Test
    void listsItsValues() {
        assertThat(TRANSPORT.values()).containsExactlyInAnyOrder("air", "sea", "road", "rail", "postal", "pedestrian");
        assertThat(DETECTION.values()).containsExactlyInAnyOrder("risk_profiling", "xray", "detector_dog",
                "intelligence", "routine_check");
        assertThat(DIRECTION.values()).containsExactlyInAnyOrder("import", "export", "transit");
    }

    @Test
    void givesTheSameAnswerWhenAskedAgain() {
        for (String raw : Arrays.asList("Air (passenger)", "Hovercraft ", "  ", null, "maritime")) {
            // when
            String first = TRANSPORT.normalise(raw);
            String again = TRANSPORT.normalise(raw);

            // then
            assertThat(again).as(String.valueOf(raw)).isEqualTo(first);
        }
        assertThat(TRANSPORT.normalise("  ")).isNull();
        assertThat(TRANSPORT.normalise("Hovercraft ")).isEqualTo("Hovercraft");
    }
}
