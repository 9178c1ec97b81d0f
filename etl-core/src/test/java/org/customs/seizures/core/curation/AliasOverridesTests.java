package org.customs.seizures.core.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.customs.seizures.core.commodities.Classification;
import org.customs.seizures.core.lines.ClassifiedBy;
import org.customs.seizures.core.units.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AliasOverridesTests {

    @TempDir
    Path folder;

    @Test
    void readsNoOverrideFromAMissingFolder() {
        AliasOverrides overrides = AliasOverrides.read(folder.resolve("absent"));

        assertThat(overrides.rows(OverrideKind.UNITS)).isEmpty();
        assertThat(CuratedCatalogues.with(overrides).units().resolve("kg")).map(Unit::code).hasValue("KGM");
    }

    @Test
    void putsOverridesInFrontOfTheShippedRows() throws Exception {
        // given: "kilo" is a kilogram in unit-aliases.csv; the data team says otherwise, with a BOM and a blank line
        Files.writeString(folder.resolve("units.csv"), "\uFEFFalias,code\n\n\"sacos de 50 kg\",KGM\nkilo,TNE\n");
        Files.writeString(folder.resolve("commodities.csv"), "alias,language,commodity_code\n"
                + "défenses brutes d'éléphant,fr,IVORY_RAW\nivory tusks,en,IVORY_WORKED\n");
        Files.writeString(folder.resolve("countries.csv"), "alias,iso3\nRep. Dem. Congo,cod\n");

        // when
        CuratedCatalogues catalogues = CuratedCatalogues.load(folder);

        // then
        assertThat(catalogues.units().resolve("Sacos de 50 KG")).map(Unit::code).hasValue("KGM");
        assertThat(catalogues.units().resolve("kilo")).map(Unit::code).hasValue("TNE");
        assertThat(catalogues.units().explain("kilo").detail()).isEqualTo(folder.resolve("units.csv") + " line 4");
        Classification ivory = catalogues.commodities().classify("Défenses brutes d’éléphant", null);
        assertThat(ivory.commodity().code()).isEqualTo("IVORY_RAW");
        assertThat(ivory.by()).isEqualTo(ClassifiedBy.EXACT_ALIAS);
        assertThat(catalogues.commodities().classify("ivory tusks", null).commodity().code()).isEqualTo("IVORY_WORKED");
        assertThat(catalogues.countries().resolve("REP DEM CONGO")).map(c -> c.iso3()).hasValue("COD");
    }

    @Test
    void namesTheFileAndLineOfAnOverrideWithAnUnknownCode() throws Exception {
        // given
        Files.writeString(folder.resolve("units.csv"), "alias,code\nkg net,KGM\n\nsacks,SACK\n");

        // when / then
        assertThatThrownBy(() -> CuratedCatalogues.load(folder))
                .isInstanceOf(AliasOverrideException.class)
                .hasMessageStartingWith(folder.resolve("units.csv") + " line 4: unit code 'SACK' (for alias 'sacks') "
                        + "is not in units.csv");
    }

    @Test
    void namesTheFileAndLineOfAnUnknownCommodityOrCountry() throws Exception {
        Files.writeString(folder.resolve("commodities.csv"), "alias,language,commodity_code\nx,en,IVORY\n");
        assertThatThrownBy(() -> CuratedCatalogues.load(folder))
                .hasMessageContaining("commodities.csv line 2: commodity code 'IVORY'");

        Files.delete(folder.resolve("commodities.csv"));
        Files.writeString(folder.resolve("countries.csv"), "alias,iso3\nAtlantis,ATL\n");
        assertThatThrownBy(() -> CuratedCatalogues.load(folder))
                .hasMessageContaining("countries.csv line 2: country code 'ATL'");
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() throws Exception {
        Files.writeString(folder.resolve("countries.csv"), "alias;iso3\nVietnam;VNM\n");

        assertThatThrownBy(() -> AliasOverrides.read(folder))
                .isInstanceOf(AliasOverrideException.class)
                .hasMessageContaining("countries.csv").hasMessageContaining("'alias,iso3'");
    }

    @Test
    void refusesALineWithoutACode() throws Exception {
        Files.writeString(folder.resolve("units.csv"), "alias,code\nbolsas,\n");

        assertThatThrownBy(() -> AliasOverrides.read(folder))
                .hasMessageContaining("units.csv line 2: every line needs an alias and a unit code");
    }
}
