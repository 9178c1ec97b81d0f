package org.customs.seizures.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.customs.seizures.core.commodities.HsNomenclature;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextExplanationTests {

    private static TextExplanation explanation;

    @BeforeAll
    static void catalogues() {
        explanation = new TextExplanation(CuratedCatalogues.with(AliasOverrides.none()), HsNomenclature.fromClasspath());
    }

    @Test
    void explainsAContainedCommodityAliasByItsWords() {
        List<String> lines = explanation.explain("seized ivory tusks", null);

        assertThat(lines).anySatisfy(line -> assertThat(line)
                .startsWith("Commodity: IVORY_RAW").contains("contained alias 'ivory tusks' at words 2-3"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Unit: not a unit").contains("nearest aliases: '"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Country: not found; nearest aliases: '"));
    }

    @Test
    void explainsAUnitAndACountry() {
        assertThat(explanation.explain("KIL", null)).contains("Unit: KGM (kilogram) by the CITES unit code 'KIL'");
        assertThat(explanation.explain("CTM", null))
                .contains("Unit: refused: CTM is a centimetre in CITES and a carat in Rec 20; neither is a seizure unit");
        assertThat(explanation.explain("Costa de Marfil", null)).anySatisfy(line -> assertThat(line)
                .startsWith("Country: CIV (").contains("by name: Spanish"));
        assertThat(explanation.explain("NA", null)).contains("Country: NAM (Namibia) by ISO 3166-1 alpha-2 code");
    }

    @Test
    void explainsAnHsCodeInBothEditionsAndTheDomainConflict() {
        List<String> lines = explanation.explain("ivory tusks", "3915.10");

        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Commodity: IVORY_RAW")
                .contains("exact alias 'ivory tusks'").contains("Warning:").contains("WASTE_PLASTIC"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("HS code: HS 2017 391510 "));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("HS code: HS 2022 391510 "));
    }

    @Test
    void saysWhenAnHsCodeIsNoSubheading() {
        assertThat(explanation.explain("stuff", "9999.99")).contains("HS code: 9999.99 is in neither HS 2017 nor HS 2022");
        assertThat(explanation.explain("stuff", "8549.11")).anySatisfy(line -> assertThat(line)
                .startsWith("HS code: HS 2022 854911"));
        assertThat(explanation.explain("stuff", "8549.11")).noneSatisfy(line -> assertThat(line)
                .startsWith("HS code: HS 2017 854911"));
    }
}
