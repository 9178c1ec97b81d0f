package org.customs.seizures.reports.yoy;

/**
 * The measures of {@code v_monthly_yoy}. Counts (cases, lines) are whole numbers; the
 * quantities (kg, m³, items) are sums of the lines' measures and are never added to one another.
 */
public enum Measure {

    CASES("cases", "Cases", true),
    LINES("lines", "Lines", true),
    MASS_KG("mass_kg", "Mass (kg)", false),
    VOLUME_M3("volume_m3", "Volume (m³)", false),
    ITEMS("items", "Items", false);

    private final String column;
    private final String label;
    private final boolean count;

    Measure(String column, String label, boolean count) {
        this.column = column;
        this.label = label;
        this.count = count;
    }

    /** The column name in {@code v_monthly_yoy}, and the prefix of its derived columns. */
    public String column() {
        return column;
    }

    /** The heading readers see. */
    public String label() {
        return label;
    }

    /** True for counts of cases or lines, false for quantities. */
    public boolean isCount() {
        return count;
    }
}
