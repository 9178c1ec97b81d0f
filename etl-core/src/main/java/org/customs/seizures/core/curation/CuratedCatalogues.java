package org.customs.seizures.core.curation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.units.UnitCatalogue;

/**
 * The unit, commodity and country catalogues every reading of raw text goes through (ingest, reclassify,
 * unmapped, explain): the shipped reference rows with the data team's overrides ({@link AliasOverrides}) in
 * front, so that an override wins over a shipped row with the same folded text.
 */
public record CuratedCatalogues(UnitCatalogue units, CommodityClassifier commodities, CountryResolver countries) {

    /** The shipped catalogues with the overrides of the folder (none when it or a file is missing). */
    public static CuratedCatalogues load(Path aliasFolder) {
        return with(AliasOverrides.read(aliasFolder));
    }

    /**
     * @throws AliasOverrideException when an override row names a code that is not in the shipped lists
     */
    public static CuratedCatalogues with(AliasOverrides overrides) {
        List<Map<String, String>> unitRows = ReferenceCsv.fromClasspath("units.csv");
        List<Map<String, String>> commodityRows = ReferenceCsv.fromClasspath("commodities.csv");
        overrides.requireKnownCodes(OverrideKind.UNITS, codes(unitRows, "code"));
        overrides.requireKnownCodes(OverrideKind.COMMODITIES, codes(commodityRows, "commodity_code"));
        overrides.requireKnownCodes(OverrideKind.COUNTRIES,
                codes(ReferenceCsv.fromClasspath("iso3166_countries.csv"), "iso_alpha3"));
        UnitCatalogue units = new UnitCatalogue(unitRows,
                inFront(overrides.rows(OverrideKind.UNITS), ReferenceCsv.fromClasspath("unit-aliases.csv")));
        CommodityClassifier commodities = new CommodityClassifier(commodityRows,
                inFront(overrides.rows(OverrideKind.COMMODITIES), ReferenceCsv.fromClasspath("commodity-aliases.csv")));
        CountryResolver countries = CountryResolver.withOverrides(overrides.rows(OverrideKind.COUNTRIES));
        return new CuratedCatalogues(units, commodities, countries);
    }

    private static List<Map<String, String>> inFront(List<Map<String, String>> overrides,
                                                     List<Map<String, String>> shipped) {
        List<Map<String, String>> all = new ArrayList<>(overrides);
        all.addAll(shipped);
        return all;
    }

    private static Set<String> codes(List<Map<String, String>> rows, String column) {
        Set<String> codes = new HashSet<>();
        for (Map<String, String> row : rows) {
            String code = row.getOrDefault(column, "");
            if (!code.isEmpty()) {
                codes.add(column.equals("commodity_code") ? code : code.toUpperCase(Locale.ROOT));
            }
        }
        return codes;
    }
}
