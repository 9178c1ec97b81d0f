package org.customs.seizures.jobs.curation;

import java.util.List;
import org.customs.seizures.core.curation.NearestAliases;

/**
 * A raw value the catalogues did not recognise, as {@code ./seizures unmapped} lists it.
 *
 * @param kind     commodity, unit or country
 * @param rawValue the value as the sender wrote it
 * @param lines    how many lines carry it (loaded unclassified lines, or rejected lines)
 * @param files    the files it came from, separated by "; "
 * @param nearest  the known aliases most like it, best first
 */
public record UnmappedValue(String kind, String rawValue, long lines, String files, List<NearestAliases.NearAlias> nearest) {
}
