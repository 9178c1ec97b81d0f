package org.customs.seizures.core.operations;

import java.time.LocalDate;

/**
 * A joint enforcement operation ({@code operations.csv}).
 *
 * @param code      stable code, e.g. {@code THUNDERBALL2019}
 * @param name      English name, e.g. {@code Operation Thunderball}
 * @param domain    WILDLIFE, TIMBER, WASTE or OTHER
 * @param startDate first day
 * @param endDate   last day
 */
public record Operation(String code, String name, String domain, LocalDate startDate, LocalDate endDate) {
}
