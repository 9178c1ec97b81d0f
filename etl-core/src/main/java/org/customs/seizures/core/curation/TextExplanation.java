package org.customs.seizures.core.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.customs.seizures.core.commodities.Commodity;
import org.customs.seizures.core.commodities.CommodityExplanation;
import org.customs.seizures.core.commodities.HsNomenclature;
import org.customs.seizures.core.countries.CountryExplanation;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.units.UnitExplanation;

/**
 * Says in plain words how one raw text would be read as a commodity, a unit and a country, and by which
 * rule; for what is not recognised, the nearest known aliases ({@code ./seizures explain}).
 */
public final class TextExplanation {

    static final int NEAREST = 3;

    private final CuratedCatalogues catalogues;
    private final HsNomenclature nomenclature;
    private final NearestAliases nearestUnits;
    private final NearestAliases nearestCommodities;
    private final NearestAliases nearestCountries;

    public TextExplanation(CuratedCatalogues catalogues, HsNomenclature nomenclature) {
        this.catalogues = catalogues;
        this.nomenclature = nomenclature;
        this.nearestUnits = new NearestAliases(catalogues.units().spellings());
        this.nearestCommodities = new NearestAliases(catalogues.commodities().aliases());
        this.nearestCountries = new NearestAliases(catalogues.countries().names());
    }

    /**
     * @param raw    the text as a sender would write it
     * @param hsCode an HS code to classify with it, or null
     */
    public List<String> explain(String raw, String hsCode) {
        List<String> lines = new ArrayList<>();
        lines.add("Text: '" + FoldedText.clean(raw) + "' (folded: '" + FoldedText.fold(raw) + "')"
                + (hsCode == null ? "" : ", HS code " + hsCode));
        lines.add("Commodity: " + commodity(raw, hsCode));
        if (hsCode != null) {
            lines.addAll(hsLines(hsCode));
        }
        lines.add("Unit: " + unit(raw));
        lines.add("Country: " + country(raw));
        return lines;
    }

    private String commodity(String raw, String hsCode) {
        CommodityExplanation e = catalogues.commodities().explain(raw, hsCode);
        Commodity c = e.classification().commodity();
        String what = c.code() + " (" + c.nameEn() + ", " + c.domain() + ")";
        String why;
        switch (e.classification().by()) {
            case EXACT_ALIAS:
                why = "exact alias '" + e.alias() + "' (" + e.aliasSource() + ")";
                break;
            case CONTAINED_ALIAS:
                why = "contained alias '" + e.alias() + "' at words " + e.firstWord()
                        + (e.lastWord() == e.firstWord() ? "" : "-" + e.lastWord()) + " (" + e.aliasSource()
                        + "; the longest alias inside the text wins, then the leftmost)";
                break;
            case HS_CODE:
                why = "HS prefix: the code shares " + e.hsPrefixDigits() + " digits with heading " + e.hsHeading()
                        + " (no alias in the text)";
                break;
            default:
                return "UNCLASSIFIED: no alias in the text" + (hsCode == null ? "" : " and no commodity heading shares "
                        + "4 digits with the HS code") + "; nearest aliases: " + nearest(nearestCommodities, raw);
        }
        String warning = e.classification().warning();
        return what + " by " + why + (warning == null ? "" : ". Warning: " + warning);
    }

    private List<String> hsLines(String hsCode) {
        List<HsNomenclature.HsEntry> entries = nomenclature.describe(hsCode);
        if (entries.isEmpty()) {
            return List.of("HS code: " + hsCode + " is in neither HS 2017 nor HS 2022");
        }
        List<String> lines = new ArrayList<>();
        if (!nomenclature.exists(hsCode)) {
            lines.add("HS code: " + hsCode + " is not a subheading of HS 2017 or HS 2022; it falls under:");
        }
        for (HsNomenclature.HsEntry entry : entries) {
            lines.add("HS code: " + entry.edition() + " " + entry.code() + " " + entry.description());
        }
        return lines;
    }

    private String unit(String raw) {
        UnitExplanation e = catalogues.units().explain(raw);
        switch (e.rule()) {
            case ALIAS:
                return e.unit().code() + " (" + e.unit().name() + ") by unit alias '" + e.folded() + "' (" + e.detail() + ")";
            case REC20_CODE:
                return e.unit().code() + " (" + e.unit().name() + ") by its UN/ECE Rec 20 code";
            case CITES_CODE:
                return e.unit().code() + " (" + e.unit().name() + ") by the CITES unit code '" + e.folded().toUpperCase(java.util.Locale.ROOT) + "'";
            case REFUSED:
                return "refused: " + e.detail();
            default:
                return "not a unit (no alias or Rec 20 code is the whole text); nearest aliases: "
                        + nearest(nearestUnits, raw);
        }
    }

    private String country(String raw) {
        CountryExplanation e = catalogues.countries().explain(raw);
        String what = e.country() == null ? "" : e.country().iso3() + " (" + e.country().nameEn() + ") by ";
        switch (e.rule()) {
            case ISO_ALPHA2:
                return what + "ISO 3166-1 alpha-2 code";
            case ISO_ALPHA3:
                return what + "ISO 3166-1 alpha-3 code";
            case ISO_NUMERIC:
                return what + "ISO 3166-1 numeric code";
            case OVERRIDE:
                return what + "the data team's alias (" + e.detail() + ")";
            case NAME:
                return what + "name: " + e.detail();
            case AMBIGUOUS:
                return "not found: the name belongs to more than one country and is never guessed; nearest aliases: "
                        + nearest(nearestCountries, raw);
            default:
                return "not found; nearest aliases: " + nearest(nearestCountries, raw);
        }
    }

    private static String nearest(NearestAliases aliases, String raw) {
        return aliases.nearest(raw, NEAREST).stream().map(NearestAliases.NearAlias::describe)
                .collect(Collectors.joining(", "));
    }
}
