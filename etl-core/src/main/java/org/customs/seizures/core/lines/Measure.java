package org.customs.seizures.core.lines;

/** The base measure a quantity counts in; measures are never added across dimensions. */
public enum Measure {
    MASS_KG("mass"),
    VOLUME_M3("volume"),
    ITEMS("count");

    private final String dimension;

    Measure(String dimension) {
        this.dimension = dimension;
    }

    /** The dimension name used in {@code units.csv} and {@code commodities.csv} ("mass", "volume", "count"). */
    public String dimension() {
        return dimension;
    }

    public static Measure ofDimension(String dimension) {
        for (Measure m : values()) {
            if (m.dimension.equalsIgnoreCase(dimension.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("Unknown dimension: " + dimension);
    }
}
