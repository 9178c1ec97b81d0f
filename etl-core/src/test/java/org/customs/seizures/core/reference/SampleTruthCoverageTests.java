package org.customs.seizures.core.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.units.UnitCatalogue;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The expected lines of the shared sample returns only use codes the catalogues know. */
class SampleTruthCoverageTests {

    private static String lines;

    @BeforeAll
    static void readTruth() throws IOException {
        String sharedDir = System.getProperty("shared.dir");
        Assumptions.assumeTrue(sharedDir != null, "shared.dir is not set");
        Path truth = Path.of(sharedDir, "samples", "truth.json");
        Assumptions.assumeTrue(Files.isRegularFile(truth), truth + " is absent");
        String json = Files.readString(truth);
        int start = json.indexOf("\"lines\"");
        int end = json.indexOf("\"rejects\"", start);
        assertThat(start).as("truth.json has a \"lines\" section").isNotNegative();
        lines = json.substring(start, end < 0 ? json.length() : end);
    }

    @Test
    void knowsEveryCommodityCodeOfTheExpectedLines() {
        CommodityClassifier classifier = CommodityClassifier.fromClasspath();
        Set<String> codes = values("commodity_code");

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(classifier.byCode(code)).as(code).isPresent());
    }

    @Test
    void knowsEveryUnitCodeOfTheExpectedLines() {
        UnitCatalogue units = UnitCatalogue.fromClasspath();
        Set<String> codes = values("unit_code");

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(units.byCode(code)).as(code).isPresent());
    }

    @Test
    void knowsEveryCountryOfTheExpectedLines() {
        CountryResolver countries = CountryResolver.fromClasspath();
        Set<String> codes = values("origin_iso3");
        codes.addAll(values("destination_iso3"));
        codes.addAll(values("reporting_iso3"));

        assertThat(codes).isNotEmpty();
        assertThat(codes).allSatisfy(code -> assertThat(countries.byIso3(code)).as(code).isPresent());
    }

    private static Set<String> values(String key) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(key) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(lines);
        Set<String> values = new TreeSet<>();
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }
}
