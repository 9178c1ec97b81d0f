package org.customs.seizures.core.curation;

import java.util.List;

/**
 * The three override files of the alias folder, their columns and the column that must name a known code.
 */
public enum OverrideKind {
    UNITS("units.csv", List.of("alias", "code"), "code", "unit code", "units.csv (a Rec 20 code such as KGM, TNE, MTQ, H87)"),
    COMMODITIES("commodities.csv", List.of("alias", "language", "commodity_code"), "commodity_code",
            "commodity code", "commodities.csv (such as IVORY_RAW, PANGOLIN_SCALES, WASTE_PLASTIC)"),
    COUNTRIES("countries.csv", List.of("alias", "iso3"), "iso3", "country code",
            "iso3166_countries.csv (an ISO alpha-3 code such as FRA, VNM, CIV)");

    private final String fileName;
    private final List<String> columns;
    private final String codeColumn;
    private final String what;
    private final String list;

    OverrideKind(String fileName, List<String> columns, String codeColumn, String what, String list) {
        this.fileName = fileName;
        this.columns = columns;
        this.codeColumn = codeColumn;
        this.what = what;
        this.list = list;
    }

    public String fileName() {
        return fileName;
    }

    /** The header row the file must have, in this order. */
    public List<String> columns() {
        return columns;
    }

    String codeColumn() {
        return codeColumn;
    }

    String what() {
        return what;
    }

    String list() {
        return list;
    }
}
