package org.customs.seizures.reports.yoy;

import java.util.Arrays;

/** The tables of a monthly statistics report, named as in the CSV's {@code table} column. */
public enum StatisticsTable {

    /** All countries, all domains, all categories. */
    TOTAL("total"),
    /** One row per domain (all countries, all categories). */
    DOMAIN("domain"),
    /** One row per domain and category (all countries). */
    CATEGORY("category"),
    /** One row per reporting country (all domains), followed by its rows per domain. */
    COUNTRY("country");

    private final String label;

    StatisticsTable(String label) {
        this.label = label;
    }

    /** The name used in the CSV {@code table} column and by the statistics query. */
    public String label() {
        return label;
    }

    static StatisticsTable ofLabel(String label) {
        return Arrays.stream(values())
                .filter(table -> table.label.equals(label))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown statistics table '" + label + "'"));
    }
}
