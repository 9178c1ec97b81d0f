package org.customs.seizures.core.commodities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HsNomenclatureTests {

    private static final HsNomenclature NOMENCLATURE = HsNomenclature.fromClasspath();

    @Test
    void knowsSubheadingsOfEitherEdition() {
        assertThat(NOMENCLATURE.exists("0507.10")).isTrue();
        assertThat(NOMENCLATURE.exists("854810")).isTrue();   // HS 2017 only
        assertThat(NOMENCLATURE.exists("8549.11")).isTrue();  // HS 2022 only
        assertThat(NOMENCLATURE.exists("0507100000")).isTrue();
        assertThat(NOMENCLATURE.exists("9999.99")).isFalse();
        assertThat(NOMENCLATURE.exists(null)).isFalse();
    }

    @Test
    void describesTheMostDetailedEntryOfEachEdition() {
        assertThat(NOMENCLATURE.describe("0507.10.00"))
                .extracting(HsNomenclature.HsEntry::edition, HsNomenclature.HsEntry::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("HS 2017", "050710"),
                        org.assertj.core.groups.Tuple.tuple("HS 2022", "050710"));
        assertThat(NOMENCLATURE.describe("0507.10").get(0).description()).contains("ivory");
        assertThat(NOMENCLATURE.describe("0507.55")).extracting(HsNomenclature.HsEntry::code)
                .containsOnly("0507");
    }
}
