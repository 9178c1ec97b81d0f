package org.customs.seizures.core.commodities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.customs.seizures.core.lines.ClassifiedBy;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommodityClassifierTests {

    private static final CommodityClassifier CLASSIFIER = CommodityClassifier.fromClasspath();

    @ParameterizedTest
    @CsvSource({
            "Raw Ivory, IVORY_RAW", "défenses d'éléphant, IVORY_RAW", "colmillos, IVORY_RAW",
            "ÉCAILLES DE PANGOLIN, PANGOLIN_SCALES", "escamas de pangolín, PANGOLIN_SCALES",
            "beche-de-mer, SEA_CUCUMBER", "bêche de mer, SEA_CUCUMBER", "oeufs de tortue, MARINE_TURTLE",
            "chatarra plástica, WASTE_PLASTIC", "ivory, IVORY_UNSPECIFIED"
    })
    void classifiesAWholeAliasAsExact(String text, String code) {
        Classification result = CLASSIFIER.classify(text, null);

        assertThat(result.commodity().code()).isEqualTo(code);
        assertThat(result.by()).isEqualTo(ClassifiedBy.EXACT_ALIAS);
        assertThat(result.warning()).isNull();
    }

    @ParameterizedTest
    @CsvSource({
            "raw ivory tusks in 3 crates, IVORY_RAW",
            "carved ivory from elephants, IVORY_WORKED",
            "3 bags of dried shark fins (frozen), SHARK_FIN",
            "live pangolins in cages, PANGOLIN_WHOLE",
            "balles de déchets plastiques, WASTE_PLASTIC"
    })
    void classifiesTheLongestContainedAlias(String text, String code) {
        Classification result = CLASSIFIER.classify(text, null);

        assertThat(result.commodity().code()).isEqualTo(code);
        assertThat(result.by()).isEqualTo(ClassifiedBy.CONTAINED_ALIAS);
    }

    @Test
    void matchesContainedAliasesOnWholeWordsOnly() {
        assertThat(CLASSIFIER.classify("ivoryish tuskless figurines", null).by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
        assertThat(CLASSIFIER.classify("figurines of ivory", null).commodity().code()).isEqualTo("IVORY_UNSPECIFIED");
    }

    @Test
    void breaksTiesBetweenEquallyLongAliasesByTheLeftmostOccurrence() {
        assertThat(CLASSIFIER.classify("tiger bones and rhino horn", null).commodity().code())
                .isEqualTo("BIG_CAT_PARTS");
        assertThat(CLASSIFIER.classify("rhino horn and tiger bones", null).commodity().code())
                .isEqualTo("RHINO_HORN");
    }

    @Test
    void prefersALongerAliasFurtherRightToAShorterOneOnTheLeft() {
        assertThat(CLASSIFIER.classify("ivory, as raw ivory pieces", null).commodity().code())
                .isEqualTo("IVORY_RAW");
    }

    @Test
    void letsTheEarlierAliasRowWinWhenTwoRowsGiveTheSameText() {
        CommodityClassifier classifier = new CommodityClassifier(ReferenceCsv.fromClasspath("commodities.csv"),
                List.of(alias("Coral", "CORAL"), alias("coral", "MARINE_OTHER")));

        assertThat(classifier.classify("red coral beads", null).commodity().code()).isEqualTo("CORAL");
    }

    @ParameterizedTest
    @CsvSource({
            "0507.10, IVORY_RAW",        // IVORY_RAW and IVORY_UNSPECIFIED share 0507.10: first in the file wins
            "0507 90 00, RHINO_HORN",    // RHINO_HORN before PANGOLIN_SCALES, both 0507.90
            "44039910, TIMBER_LOGS",     // 6 digits in common beat ROSEWOOD's 4
            "4403.11, ROSEWOOD",         // 4 digits in common with ROSEWOOD and TIMBER_LOGS: first wins
            "3825.90, WASTE_CHEMICAL"
    })
    void classifiesByTheLongestHsPrefixWhenTheTextSaysNothing(String hs, String code) {
        Classification result = CLASSIFIER.classify("assorted goods", hs);

        assertThat(result.commodity().code()).isEqualTo(code);
        assertThat(result.by()).isEqualTo(ClassifiedBy.HS_CODE);
    }

    @Test
    void needsAtLeastFourHsDigitsInCommon() {
        assertThat(CLASSIFIER.classify(null, "0599.00").by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
        assertThat(CLASSIFIER.classify(null, "050").by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
        assertThat(CLASSIFIER.classify(null, "0507").commodity().code()).isEqualTo("IVORY_RAW");
    }

    @Test
    void leavesUnrecognisedTextUnclassified() {
        Classification result = CLASSIFIER.classify("mystery goods", null);

        assertThat(result.commodity()).isEqualTo(CLASSIFIER.unclassified());
        assertThat(result.commodity().code()).isEqualTo("UNCLASSIFIED");
        assertThat(result.by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
        assertThat(result.warning()).isNull();
        assertThat(CLASSIFIER.classify("", "").by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
    }

    @Test
    void keepsTheTextAndWarnsWhenTheHsCodeIsOfAnotherDomain() {
        Classification result = CLASSIFIER.classify("raw ivory", "4403.49");

        assertThat(result.commodity().code()).isEqualTo("IVORY_RAW");
        assertThat(result.by()).isEqualTo(ClassifiedBy.EXACT_ALIAS);
        assertThat(result.warning()).contains("'raw ivory'", "WILDLIFE", "4403.49", "ROSEWOOD", "TIMBER",
                "the text was used");
    }

    @Test
    void doesNotWarnWhenTextAndHsCodeAgreeOnTheDomain() {
        Classification result = CLASSIFIER.classify("raw ivory tusks", "9601.10");

        assertThat(result.commodity().code()).isEqualTo("IVORY_RAW");
        assertThat(result.warning()).isNull();
    }

    @Test
    void readsTheCommodityList() {
        Commodity rosewood = CLASSIFIER.byCode("ROSEWOOD").orElseThrow();

        assertThat(rosewood).isEqualTo(new Commodity("ROSEWOOD", "Rosewood", "TIMBER", "TIMBER", "4403.49", true,
                Set.of(Measure.VOLUME_M3, Measure.MASS_KG, Measure.ITEMS)));
        assertThat(CLASSIFIER.byCode("LIVE_BIRDS").orElseThrow().measurableIn(Measure.MASS_KG)).isFalse();
        assertThat(CLASSIFIER.byCode("LIVE_BIRDS").orElseThrow().measurableIn(Measure.ITEMS)).isTrue();
        assertThat(CLASSIFIER.unclassified().hsHeading()).isNull();
        assertThat(CLASSIFIER.all()).hasSize(ReferenceCsv.fromClasspath("commodities.csv").size());
        assertThat(CLASSIFIER.byCode("NOPE")).isEmpty();
    }

    @Test
    void classifiesEveryAliasOfTheAliasFileToItsOwnCommodity() {
        for (Map<String, String> row : ReferenceCsv.fromClasspath("commodity-aliases.csv")) {
            assertThat(CLASSIFIER.classify(row.get("alias"), null).commodity().code()).as(row.get("alias"))
                    .isEqualTo(row.get("commodity_code"));
        }
    }

    @Test
    void rejectsAnAliasOfAnUnknownCommodity() {
        assertThatThrownBy(() -> new CommodityClassifier(ReferenceCsv.fromClasspath("commodities.csv"),
                List.of(alias("unicorn horn", "UNICORN")))).hasMessageContaining("UNICORN");
    }

    private static Map<String, String> alias(String alias, String code) {
        return Map.of("alias", alias, "language", "en", "commodity_code", code);
    }

    @Test
    void explainsAContainedAliasWithItsWordPositions() {
        // when
        CommodityExplanation explanation = CLASSIFIER.explain("raw ivory tusks in 3 crates", null);

        // then
        assertThat(explanation.classification().by()).isEqualTo(ClassifiedBy.CONTAINED_ALIAS);
        assertThat(explanation.alias()).isEqualTo("raw ivory");
        assertThat(explanation.firstWord()).isEqualTo(1);
        assertThat(explanation.lastWord()).isEqualTo(2);
        assertThat(CLASSIFIER.explain("seized ivory tusks", null))
                .extracting(CommodityExplanation::alias, CommodityExplanation::firstWord, CommodityExplanation::lastWord)
                .containsExactly("ivory tusks", 2, 3);
    }

    @Test
    void explainsAnHsPrefixByTheHeadingAndDigitsItShares() {
        CommodityExplanation explanation = CLASSIFIER.explain("sacks of stuff", "3915.10");

        assertThat(explanation.classification().commodity().code()).isEqualTo("WASTE_PLASTIC");
        assertThat(explanation.hsHeading()).isEqualTo("3915.90");
        assertThat(explanation.hsPrefixDigits()).isEqualTo(4);
    }

    @ParameterizedTest
    @CsvSource({"854810, WASTE_BATTERIES", "8548.10.00, WASTE_BATTERIES", "854911, WASTE_BATTERIES",
            "854919, WASTE_EWASTE", "030571, SHARK_FIN", "440349, ROSEWOOD"})
    void classifiesHsCodesOfBothHs2017AndHs2022(String hs, String code) {
        assertThat(CLASSIFIER.classify("consignment", hs).commodity().code()).isEqualTo(code);
    }

    @Test
    void doesNotReadAnotherHs2017SubheadingOfTheSameHeadingAsWaste() {
        // 8548.90 (electrical parts) shares 4 digits with no waste heading once 8548.10 is read as 8549.11
        assertThat(CLASSIFIER.classify("consignment", "854890").by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
    }

    @Test
    void givesEveryCommodityAHeadingThatExistsInHs2017OrHs2022() {
        HsNomenclature nomenclature = HsNomenclature.fromClasspath();
        for (Commodity commodity : CLASSIFIER.all()) {
            if (commodity.hsHeading() != null) {
                assertThat(nomenclature.exists(commodity.hsHeading())).as(commodity.code()).isTrue();
            }
        }
    }

    @Test
    void listsItsFoldedAliasesForSuggestions() {
        assertThat(CLASSIFIER.aliases()).containsEntry("ivory tusks", "IVORY_RAW");
    }

    @Test
    void classifiesEveryAliasAndHsCodeAsItsExplanationDoes() {
        // given: every alias alone and inside a sentence, with no HS code, the heading of each domain's
        // first commodity, an HS 2017 code that moved, a code of no commodity and a code too short
        Set<String> hsCodes = new LinkedHashSet<>();
        hsCodes.add(null);
        Set<String> domains = new HashSet<>();
        for (Commodity commodity : CLASSIFIER.all()) {
            if (commodity.hsHeading() != null && domains.add(commodity.domain())) {
                hsCodes.add(commodity.hsHeading());
            }
        }
        hsCodes.addAll(Arrays.asList("8548.10", "9999.99", "12", ""));
        List<String> texts = new ArrayList<>(List.of("", " ", "figurines", "ivoryish tuskless figurines"));
        for (String alias : CLASSIFIER.aliases().keySet()) {
            texts.add(alias);
            texts.add("3 bags of " + alias.toUpperCase(Locale.ROOT) + " (seized)");
        }

        for (String text : texts) {
            for (String hs : hsCodes) {
                // when: asked twice, the second answer is the remembered one
                Classification first = CLASSIFIER.classify(text, hs);
                Classification again = CLASSIFIER.classify(text, hs);

                // then
                Classification explained = CLASSIFIER.explain(text, hs).classification();
                assertThat(first).as(text + " / " + hs).isEqualTo(explained);
                assertThat(again).as(text + " / " + hs).isEqualTo(explained);
            }
        }
    }

    @Test
    void classifiesNoTextByItsHsCodeAlone() {
        assertThat(CLASSIFIER.classify(null, "0507.10")).isEqualTo(CLASSIFIER.explain(null, "0507.10").classification());
        assertThat(CLASSIFIER.classify(null, null).by()).isEqualTo(ClassifiedBy.UNCLASSIFIED);
    }
}
