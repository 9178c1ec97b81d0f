package org.customs.seizures.core.returns;

import java.time.YearMonth;
import java.util.List;

/**
 * What a file name following {@code <ISO3>_<YYYY-MM>[_<OPERATION>][_v<N>].<ext>} says.
 *
 * @param iso3           the three letters of the country, upper case (not yet checked against the country list)
 * @param period         the reporting month
 * @param operationToken the first word after the period that is not a version (a candidate operation), or null
 * @param version        the {@code v<N>} number, or null
 * @param words          every word after the period that is not a version, in order (an operation, or
 *                       words such as {@code resent} or {@code corrupt copy})
 */
public record FileNameFacts(String iso3, YearMonth period, String operationToken, Integer version,
                            List<String> words) {

    public FileNameFacts {
        words = List.copyOf(words);
    }
}
