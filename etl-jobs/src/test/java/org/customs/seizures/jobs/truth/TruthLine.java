package org.customs.seizures.jobs.truth;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A line as the comparison matches it: country, case reference, date, commodity and measure
 * (which of mass/volume/items, and its value to 6 significant digits). The unit and the source
 * file are carried for the report only.
 */
record TruthLine(String reportingIso3, String caseRef, String seizureDate, String commodityCode, String unitCode,
                 String measure, String file) {

    /** The identity used for matching. */
    String key() {
        return reportingIso3 + "|" + caseRef + "|" + seizureDate + "|" + commodityCode + "|" + measure;
    }

    static String measureOf(Double massKg, Double volumeM3, Double items) {
        if (massKg != null) {
            return "kg=" + round(massKg);
        }
        if (volumeM3 != null) {
            return "m3=" + round(volumeM3);
        }
        if (items != null) {
            return "items=" + round(items);
        }
        return "none";
    }

    private static String round(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return file + ": " + key() + " (" + unitCode + ")";
    }
}
