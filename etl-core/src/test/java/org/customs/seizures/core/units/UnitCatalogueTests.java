package org.customs.seizures.core.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitCatalogueTests {

    private static final UnitCatalogue CATALOGUE = UnitCatalogue.fromClasspath();

    @ParameterizedTest
    @CsvSource({
            "kilogrammes, KGM", "Kilogramos, KGM", "kg., KGM", "KGS, KGM",
            "toneladas métricas, TNE", "Tonelada Metrica, TNE",
            "mètres cubes, MTQ", "Metro cúbico, MTQ", "m³, MTQ", "m^3, MTQ", "cu.m., MTQ",
            "têtes, NAR", "cabezas, NAR", "spécimens, NAR",
            "unidades, H87", "pièces, H87", "pcs, H87",
            "litros, LTR", "gramos, GRM"
    })
    void resolvesSpellingsInThreeLanguages(String raw, String code) {
        assertThat(CATALOGUE.resolve(raw)).map(Unit::code).hasValue(code);
    }

    @Test
    void resolvesEveryRec20CodeOfTheUnitListAsWritten() {
        assertThat(CATALOGUE.all()).hasSize(ReferenceCsv.fromClasspath("units.csv").size());
        for (Unit unit : CATALOGUE.all()) {
            assertThat(CATALOGUE.resolve(unit.code())).as(unit.code()).hasValue(unit);
            assertThat(CATALOGUE.byCode(unit.code())).hasValue(unit);
        }
        assertThat(CATALOGUE.resolve("mtq")).map(Unit::code).hasValue("MTQ");
    }

    @Test
    void resolvesEveryAliasOfTheAliasFileToItsOwnCode() {
        for (Map<String, String> row : ReferenceCsv.fromClasspath("unit-aliases.csv")) {
            assertThat(CATALOGUE.resolve(row.get("alias"))).as(row.get("alias")).map(Unit::code)
                    .hasValue(row.get("code"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ton", "tons", "MT", "mt", "t", "tonnes", "metric tons", "TON"})
    void readsTonsAsTheMetricTonne(String raw) {
        Unit unit = CATALOGUE.resolve(raw).orElseThrow();
        assertThat(unit.code()).isEqualTo("TNE");
        assertThat(unit.measure()).isEqualTo(Measure.MASS_KG);
        assertThat(unit.factorToBase()).isEqualByComparingTo("1000");
    }

    @Test
    void keepsShortAndLongTonsApartFromTheTonne() {
        assertThat(CATALOGUE.resolve("short tons")).map(Unit::code).hasValue("STN");
        assertThat(CATALOGUE.resolve("long ton")).map(Unit::code).hasValue("LTN");
    }

    @Test
    void countsAPairAsTwoItemsAndADozenAsTwelve() {
        Unit pair = CATALOGUE.resolve("paires").orElseThrow();
        Unit dozen = CATALOGUE.resolve("Docenas").orElseThrow();

        assertThat(pair.code()).isEqualTo("PR");
        assertThat(pair.measure()).isEqualTo(Measure.ITEMS);
        assertThat(pair.factorToBase()).isEqualByComparingTo(BigDecimal.valueOf(2));
        assertThat(dozen.code()).isEqualTo("DZN");
        assertThat(dozen.measure()).isEqualTo(Measure.ITEMS);
        assertThat(dozen.factorToBase()).isEqualByComparingTo(BigDecimal.valueOf(12));
    }

    @ParameterizedTest
    @CsvSource({"KIL, KGM", "TON, TNE", "CUM, MTQ", "PCS, H87", "ITE, H87", "PAI, PR"})
    void resolvesCitesTradeCodes(String raw, String code) {
        assertThat(CATALOGUE.resolve(raw)).map(Unit::code).hasValue(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"CTM", "ctm", "cm", "carat", "", "  ", "kg of ivory", "kilogrammesx", "bags"})
    void doesNotResolveTextThatIsNotWhollyAUnit(String raw) {
        assertThat(CATALOGUE.resolve(raw)).isEmpty();
    }

    @Test
    void doesNotResolveNull() {
        assertThat(CATALOGUE.resolve(null)).isEmpty();
        assertThat(CATALOGUE.byCode(null)).isEmpty();
    }

    @Test
    void letsEarlierAliasRowsWinSoOverridesCanComeFirst() {
        List<Map<String, String>> units = List.of(
                Map.of("code", "KGM", "name", "kilogram", "dimension", "mass", "factor_to_base", "1"),
                Map.of("code", "LBR", "name", "pound", "dimension", "mass", "factor_to_base", "0.45359237"));
        UnitCatalogue catalogue = new UnitCatalogue(units,
                List.of(Map.of("alias", "Livres", "code", "LBR"), Map.of("alias", "livres", "code", "KGM")));

        assertThat(catalogue.resolve("livres")).map(Unit::code).hasValue("LBR");
    }

    @Test
    void rejectsAnAliasOfAnUnknownCode() {
        List<Map<String, String>> units = List.of(
                Map.of("code", "KGM", "name", "kilogram", "dimension", "mass", "factor_to_base", "1"));

        assertThatThrownBy(() -> new UnitCatalogue(units, List.of(Map.of("alias", "ct", "code", "CTM"))))
                .hasMessageContaining("'ct'").hasMessageContaining("CTM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CTM", "ctm", " Ctm\u00A0"})
    void refusesCtmWithTheReasonItIsNoSeizureUnit(String raw) {
        assertThat(CATALOGUE.resolve(raw)).isEmpty();
        assertThat(CATALOGUE.refusal(raw)).hasValue(
                "CTM is a centimetre in CITES and a carat in Rec 20; neither is a seizure unit");
        assertThat(CATALOGUE.explain(raw).rule()).isEqualTo(UnitExplanation.Rule.REFUSED);
    }

    @Test
    void refusesNothingThatIsAUnitOrMerelyUnknown() {
        assertThat(CATALOGUE.refusal("kg")).isEmpty();
        assertThat(CATALOGUE.refusal("bags")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"Kilogrammes, KGM, ALIAS", "KGM, KGM, REC20_CODE", "kil, KGM, CITES_CODE", "PAI, PR, CITES_CODE",
            "bags, , UNKNOWN"})
    void explainsWhichRuleReadTheUnit(String raw, String code, UnitExplanation.Rule rule) {
        UnitExplanation explanation = CATALOGUE.explain(raw);

        assertThat(explanation.rule()).isEqualTo(rule);
        assertThat(explanation.unit() == null ? null : explanation.unit().code()).isEqualTo(code);
    }

    @Test
    void namesTheSourceOfAnOverrideRowInItsExplanation() {
        // given
        List<Map<String, String>> units = List.of(
                Map.of("code", "KGM", "name", "kilogram", "dimension", "mass", "factor_to_base", "1"));
        UnitCatalogue catalogue = new UnitCatalogue(units,
                List.of(Map.of("alias", "kilos netos", "code", "KGM", "source", "config/aliases/units.csv line 2")));

        // when
        UnitExplanation explanation = catalogue.explain("Kilos  Netos");

        // then
        assertThat(explanation.rule()).isEqualTo(UnitExplanation.Rule.ALIAS);
        assertThat(explanation.detail()).isEqualTo("config/aliases/units.csv line 2");
        assertThat(catalogue.spellings()).containsEntry("kilos netos", "KGM").containsEntry("kgm", "KGM");
    }

    @Test
    void resolvesEverySpellingToTheUnitItsExplanationGives() {
        // given
        UnitCatalogue catalogue = UnitCatalogue.fromClasspath();
        List<String> texts = new ArrayList<>(List.of("", " ", "CTM", "ctm", "kg approx", "furlongs"));
        for (String spelling : catalogue.spellings().keySet()) {
            texts.add(spelling);
            texts.add(" " + spelling.toUpperCase(Locale.ROOT) + ".");
        }

        for (String text : texts) {
            // when: asked twice, the second answer is the remembered one
            Optional<Unit> first = catalogue.resolve(text);
            Optional<Unit> again = catalogue.resolve(text);

            // then
            assertThat(first).as(text).isEqualTo(Optional.ofNullable(catalogue.explain(text).unit()));
            assertThat(again).as(text).isEqualTo(first);
        }
        assertThat(catalogue.resolve(null)).isEmpty();
    }
}
