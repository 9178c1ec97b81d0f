package org.customs.seizures.core.commodities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.customs.seizures.core.reference.ReferenceCsv;

/**
 * The Harmonized System nomenclature of several editions ({@code hs2017_nomenclature.csv},
 * {@code hs2022_nomenclature.csv}): whether an HS code exists, and what it describes. Commodity
 * classification by HS code goes by the {@code hs_heading} prefix of {@code commodities.csv}
 * ({@link CommodityClassifier}); the nomenclature only checks and explains a code, in either edition.
 */
public final class HsNomenclature {

    private final Map<String, Map<String, String>> descriptionsByEdition;

    /**
     * @param editions edition name ({@code HS 2017}) → rows with the columns {@code hscode} (2, 4 or 6 digits)
     *                 and {@code description}
     */
    public HsNomenclature(Map<String, List<Map<String, String>>> editions) {
        Map<String, Map<String, String>> byEdition = new LinkedHashMap<>();
        editions.forEach((edition, rows) -> {
            Map<String, String> descriptions = new HashMap<>();
            for (Map<String, String> row : rows) {
                String code = row.getOrDefault("hscode", "");
                if (!code.isEmpty()) {
                    descriptions.putIfAbsent(code, row.getOrDefault("description", ""));
                }
            }
            byEdition.put(edition, Map.copyOf(descriptions));
        });
        this.descriptionsByEdition = byEdition;
    }

    /** HS 2017 and HS 2022 as shipped in {@code /reference/}. */
    public static HsNomenclature fromClasspath() {
        Map<String, List<Map<String, String>>> editions = new LinkedHashMap<>();
        editions.put("HS 2017", ReferenceCsv.fromClasspath("hs2017_nomenclature.csv"));
        editions.put("HS 2022", ReferenceCsv.fromClasspath("hs2022_nomenclature.csv"));
        return new HsNomenclature(editions);
    }

    /**
     * For each edition, the most detailed entry (subheading, heading or chapter) the code falls under:
     * {@code 0507100000} is subheading {@code 050710} in both editions. An edition that knows none of
     * its first 6, 4 or 2 digits is left out.
     */
    public List<HsEntry> describe(String hsCode) {
        String digits = hsCode == null ? "" : hsCode.replaceAll("\\D", "");
        List<HsEntry> entries = new ArrayList<>();
        descriptionsByEdition.forEach((edition, descriptions) ->
                longestKnownPrefix(digits, descriptions).ifPresent(code ->
                        entries.add(new HsEntry(edition, code, descriptions.get(code)))));
        return entries;
    }

    /** Whether the code's first 6 digits (or all of them, when fewer) name an entry of some edition. */
    public boolean exists(String hsCode) {
        String digits = hsCode == null ? "" : hsCode.replaceAll("\\D", "");
        String wanted = digits.length() > 6 ? digits.substring(0, 6) : digits;
        return !wanted.isEmpty() && descriptionsByEdition.values().stream().anyMatch(d -> d.containsKey(wanted));
    }

    private static Optional<String> longestKnownPrefix(String digits, Map<String, String> descriptions) {
        for (int length = Math.min(6, digits.length() - digits.length() % 2); length >= 2; length -= 2) {
            String prefix = digits.substring(0, length);
            if (descriptions.containsKey(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /**
     * @param edition     {@code HS 2017} or {@code HS 2022}
     * @param code        the code of the entry (2, 4 or 6 digits)
     * @param description its description in that edition
     */
    public record HsEntry(String edition, String code, String description) {
    }
}
