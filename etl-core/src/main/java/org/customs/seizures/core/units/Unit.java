package org.customs.seizures.core.units;

import java.math.BigDecimal;

import org.customs.seizures.core.lines.Measure;

/**
 * A unit of quantity from {@code units.csv}.
 *
 * @param code          UN/ECE Recommendation 20 code ({@code KGM}, {@code MTQ}, {@code H87}, ...)
 * @param name          English name
 * @param measure       the base measure a quantity in this unit counts in
 * @param factorToBase  how many base units (kg, m³, items) one of this unit is: 1000 for the tonne,
 *                      2 for a pair, 12 for a dozen
 */
public record Unit(String code, String name, Measure measure, BigDecimal factorToBase) {
}
