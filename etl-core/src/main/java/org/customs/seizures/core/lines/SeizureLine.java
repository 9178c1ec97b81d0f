package org.customs.seizures.core.lines;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One validated, normalised commodity line of one case: what becomes a row of {@code fact_seizure_line}.
 *
 * @param sheet             source sheet
 * @param rowNumber         source row, 1-based as the spreadsheet shows it
 * @param caseRef           case reference, cleaned of invisible and surrounding spaces
 * @param seizureDate       date of the seizure
 * @param commodityCode     code from commodities.csv, or UNCLASSIFIED
 * @param commodityText     the commodity text as the sender wrote it (cleaned of invisible characters)
 * @param classifiedBy      how the commodity was classified
 * @param species           species text or null
 * @param hsCode            HS code digits only, or null
 * @param quantity          the quantity as reported, in the reported unit
 * @param unitText          the unit as reported (from the unit column, the quantity cell or header)
 * @param unitCode          Rec 20 code
 * @param measure           which base measure the line counts in
 * @param baseQuantity      the quantity in the base unit (kg, m³ or items)
 * @param originIso3        ISO alpha-3 or null
 * @param destinationIso3   ISO alpha-3 or null
 * @param transportMode     normalised transport mode or null
 * @param detectionMethod   normalised detection method or null
 * @param concealment       free text or null
 * @param direction         import, export or transit, or null
 * @param location          free text or null
 * @param estimatedValue    value or null
 * @param currency          ISO 4217 code or null
 * @param remarks           free text or null
 */
public record SeizureLine(String sheet, int rowNumber, String caseRef, LocalDate seizureDate,
                          String commodityCode, String commodityText, ClassifiedBy classifiedBy,
                          String species, String hsCode, BigDecimal quantity, String unitText, String unitCode,
                          Measure measure, BigDecimal baseQuantity, String originIso3, String destinationIso3,
                          String transportMode, String detectionMethod, String concealment, String direction,
                          String location, BigDecimal estimatedValue, String currency, String remarks) {
}
