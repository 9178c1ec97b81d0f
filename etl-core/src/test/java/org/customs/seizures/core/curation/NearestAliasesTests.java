package org.customs.seizures.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NearestAliasesTests {

    @Test
    void scoresTheSameFoldedTextAsOne() {
        assertThat(Similarity.of("Côte d’Ivoire", "COTE D'IVOIRE")).isEqualTo(1.0);
        assertThat(Similarity.of("ivo\u200Bry", "ivory")).isEqualTo(1.0);
    }

    @Test
    void scoresByEditsOverTheLongerText() {
        assertThat(Similarity.of("kilos", "kilo")).isCloseTo(0.8, within(1e-9));
        assertThat(Similarity.of("abc", "xyz")).isZero();
    }

    @Test
    void suggestsTheMostSimilarAliasesFirst() {
        NearestAliases aliases = new NearestAliases(Map.of("ivory tusks", "IVORY_RAW", "ivory tusk", "IVORY_RAW",
                "pangolin scales", "PANGOLIN_SCALES", "rhino horn", "RHINO_HORN"));

        List<NearestAliases.NearAlias> nearest = aliases.nearest("Ivory  tuskes", 3);

        assertThat(nearest).extracting(NearestAliases.NearAlias::alias)
                .containsExactly("ivory tusks", "ivory tusk", "pangolin scales");
        assertThat(nearest.get(0).score()).isCloseTo(1 - 1 / 12.0, within(1e-9));
    }

    @Test
    void breaksTiesByLengthThenAlphabetically() {
        // "kgs" and "kgm" are one edit from "kgx"; "kg" is one edit too but shorter than the text
        NearestAliases aliases = new NearestAliases(Map.of("kgs", "KGM", "kgm", "KGM", "kg", "KGM"));

        assertThat(aliases.nearest("kgx", 3)).extracting(NearestAliases.NearAlias::alias)
                .containsExactly("kgm", "kgs", "kg");
    }

    @Test
    void describesASuggestionWithItsCodeAndScore() {
        NearestAliases.NearAlias alias = new NearestAliases(Map.of("kilo", "KGM")).nearest("kilos", 1).get(0);

        assertThat(alias.describe()).isEqualTo("'kilo' → KGM (0.80)");
    }
}
