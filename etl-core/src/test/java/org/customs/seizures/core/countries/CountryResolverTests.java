package org.customs.seizures.core.countries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.customs.seizures.core.reference.ReferenceCsv;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CountryResolverTests {

    private static final CountryResolver RESOLVER = CountryResolver.fromClasspath();

    @Test
    void readsNaAsNamibiaNotAsAMissingValue() {
        assertThat(RESOLVER.resolve("NA")).map(Country::iso3).hasValue("NAM");
        assertThat(RESOLVER.resolve(" na ")).map(Country::iso3).hasValue("NAM");
    }

    @ParameterizedTest
    @CsvSource({"VNM, VNM", "vnm, VNM", "KE, KEN", "704, VNM", "004, AFG", "4, AFG", "' CHN ', CHN"})
    void resolvesIsoCodes(String raw, String iso3) {
        assertThat(RESOLVER.resolve(raw)).map(Country::iso3).hasValue(iso3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Viet Nam; VNM", "Vietnam; VNM", "VIET NAM; VNM", "Viêt Nam; VNM", "Viet\u00A0Nam\u00A0; VNM",
            "Côte d'Ivoire; CIV", "Côte d’Ivoire; CIV", "Cote d Ivoire; CIV", "Ivory Coast; CIV", "Costa de Marfil; CIV",
            "Türkiye; TUR", "Turkey; TUR", "Turquie; TUR", "Turquía; TUR",
            "Czech Republic; CZE", "Czechia; CZE", "Swaziland; SWZ", "East Timor; TLS"
    })
    void resolvesNamesAndCommonVariants(String raw, String iso3) {
        assertThat(RESOLVER.resolve(raw)).map(Country::iso3).hasValue(iso3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Allemagne; DEU", "Émirats arabes unis; ARE", "Émirats arabes unis (les); ARE",
            "les Émirats arabes unis; ARE", "République-Unie de Tanzanie; TZA", "Cameroun; CMR", "Royaume-Uni; GBR",
            "Alemania; DEU", "Estados Unidos de América; USA", "Emiratos Árabes Unidos (los); ARE",
            "República Unida de Tanzanía; TZA", "Camerún; CMR", "España; ESP", "ESPAÑA; ESP",
            "United Republic of Tanzania; TZA", "the United Republic of Tanzania; TZA", "Bahamas (the); BHS",
            "Namibie (la); NAM", "Mexique (le); MEX"
    })
    void resolvesFrenchSpanishAndUnNamesWithOrWithoutArticles(String raw, String iso3) {
        assertThat(RESOLVER.resolve(raw)).map(Country::iso3).hasValue(iso3);
    }

    @Test
    void keepsCodesBeforeNamesThatFoldToThem() {
        // CLDR's Spanish short name of the United Kingdom is "RU", Russia's alpha-2: the code wins
        assertThat(RESOLVER.resolve("RU")).map(Country::iso3).hasValue("RUS");
        assertThat(RESOLVER.leftOutNames()).contains("ru");
        // the French "R.-U." folds to "r u", which is no code: it stays the United Kingdom
        assertThat(RESOLVER.resolve("R.-U.")).map(Country::iso3).hasValue("GBR");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kosovo", "XK", "Atlantis", "", "  ", "999", "Congo (Democratic Republic)"})
    void doesNotResolveWhatIsNoCountry(String raw) {
        assertThat(RESOLVER.resolve(raw)).isEmpty();
    }

    @Test
    void leavesOutANameClaimedByTwoCountries() {
        CountryResolver resolver = new CountryResolver(
                List.of(country("CG", "COG", "178", "Congo"), country("CD", "COD", "180", "Congo, Democratic Republic")),
                List.of(Map.of("iso_alpha3", "COG", "lang", "en", "name", "Congo"),
                        Map.of("iso_alpha3", "COD", "lang", "en", "name", "Congo"),
                        Map.of("iso_alpha3", "COD", "lang", "ru", "name", "Конго")));

        assertThat(resolver.resolve("Congo")).isEmpty();
        assertThat(resolver.leftOutNames()).containsExactly("congo");
        assertThat(resolver.resolve("COD")).map(Country::iso3).hasValue("COD");
        assertThat(resolver.resolve("Конго")).as("only en, fr, es names are read").isEmpty();
    }

    @Test
    void findsEveryCountryByItsCodes() {
        assertThat(RESOLVER.all()).hasSize(ReferenceCsv.fromClasspath("iso3166_countries.csv").size());
        for (Country country : RESOLVER.all()) {
            assertThat(RESOLVER.resolve(country.iso3())).as(country.iso3()).hasValue(country);
            assertThat(RESOLVER.resolve(country.iso2())).as(country.iso2()).hasValue(country);
            assertThat(RESOLVER.resolve(country.numeric())).as(country.numeric()).hasValue(country);
            assertThat(RESOLVER.byIso3(country.iso3().toLowerCase())).hasValue(country);
        }
    }

    @Test
    void findsEveryCountryByItsIsoNamesUnlessLeftOutAsAmbiguous() {
        for (Country country : RESOLVER.all()) {
            for (String name : List.of(country.nameEn(), country.nameFr(), country.nameEs())) {
                assertThat(RESOLVER.resolve(name)).as(name).hasValue(country);
            }
        }
    }

    @Test
    void readsTheCountryRecord() {
        assertThat(RESOLVER.byIso3("CIV")).hasValue(
                new Country("CIV", "CI", "384", "Ivory Coast", "Côte d’Ivoire", "Côte d’Ivoire"));
        assertThat(RESOLVER.byIso3(null)).isEmpty();
    }

    private static Map<String, String> country(String iso2, String iso3, String numeric, String nameEn) {
        return Map.of("iso_alpha2", iso2, "iso_alpha3", iso3, "iso_numeric", numeric, "name_en", nameEn,
                "name_fr", "", "name_es", "");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "NA; ISO_ALPHA2", "nam; ISO_ALPHA3", "516; ISO_NUMERIC", "Namibie; NAME", "Ivory Coast; NAME",
            "Atlantis; NOT_FOUND"})
    void explainsWhichRuleReadTheCountry(String raw, CountryExplanation.Rule rule) {
        assertThat(RESOLVER.explain(raw).rule()).isEqualTo(rule);
    }

    @Test
    void namesTheLanguageOfTheNameThatMatched() {
        assertThat(RESOLVER.explain("Namibie").detail()).startsWith("French");
        assertThat(RESOLVER.explain("Costa de Marfil").detail()).startsWith("Spanish");
    }

    @Test
    void letsAnOverrideNameWinEvenOverANameLeftOutAsAmbiguous() {
        // given: "Zaïre", an old name no list has, mapped twice by the data team
        CountryResolver resolver = CountryResolver.withOverrides(List.of(
                Map.of("alias", "Zaïre", "iso3", "COD", "source", "countries.csv line 2"),
                Map.of("alias", "zaire", "iso3", "AGO", "source", "countries.csv line 3")));

        // when
        CountryExplanation explanation = resolver.explain("ZAIRE");

        // then: the first override row wins, and codes still come first
        assertThat(explanation.country().iso3()).isEqualTo("COD");
        assertThat(explanation.rule()).isEqualTo(CountryExplanation.Rule.OVERRIDE);
        assertThat(explanation.detail()).isEqualTo("countries.csv line 2");
        assertThat(resolver.resolve("RU")).map(Country::iso3).hasValue("RUS");
        assertThat(resolver.names()).containsEntry("zaire", "COD");
    }

    @Test
    void rejectsAnOverrideOfAnUnknownCountryCode() {
        assertThatThrownBy(() -> CountryResolver.withOverrides(List.of(Map.of("alias", "Atlantis", "iso3", "ATL"))))
                .hasMessageContaining("'Atlantis'").hasMessageContaining("ATL");
    }

    @Test
    void resolvesEveryCodeAndNameToTheCountryItsExplanationGives() {
        // given: every code and name of the catalogue, as written, shouted, spaced and with articles,
        // and the names left out as ambiguous (which must stay unresolved)
        List<String> texts = new ArrayList<>();
        for (Country country : RESOLVER.all()) {
            texts.addAll(List.of(country.iso2(), country.iso3(), country.numeric(), country.nameEn(),
                    country.nameFr(), country.nameEs(), " " + country.nameEn().toUpperCase(Locale.ROOT) + " ",
                    "the " + country.nameEn(), "(les) " + country.nameFr(), country.nameEn() + " x"));
        }
        texts.addAll(RESOLVER.names().keySet());
        texts.addAll(RESOLVER.leftOutNames());
        texts.addAll(List.of("", " ", "4", "04", "999", "atlantis"));

        for (String text : texts) {
            // when: asked twice, the second answer is the remembered one
            Optional<Country> first = RESOLVER.resolve(text);
            Optional<Country> again = RESOLVER.resolve(text);

            // then
            Country explained = RESOLVER.explain(text).country();
            assertThat(first).as(text).isEqualTo(Optional.ofNullable(explained));
            assertThat(again).as(text).isEqualTo(first);
        }
    }

    @Test
    void resolvesNothingForNoText() {
        assertThat(RESOLVER.resolve(null)).isEmpty();
    }
}
