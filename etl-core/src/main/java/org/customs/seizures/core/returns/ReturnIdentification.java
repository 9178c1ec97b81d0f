package org.customs.seizures.core.returns;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.customs.seizures.core.workbook.FileFault;
import org.customs.seizures.core.workbook.WorkbookException;

/**
 * Decides who sent a return and for what (returns.md §1-2): the cover sheet's values win over
 * the file name's, a contradiction between the two rejects the file, and a country, period or
 * operation that cannot be resolved rejects it too.
 */
final class ReturnIdentification {

    private final Function<String, Optional<String>> countryIso3;
    private final Function<String, Optional<String>> operationCode;

    ReturnIdentification(Function<String, Optional<String>> countryIso3,
                         Function<String, Optional<String>> operationCode) {
        this.countryIso3 = countryIso3;
        this.operationCode = operationCode;
    }

    ReturnIdentity identify(String fileName, Optional<FileNameFacts> name, CoverFacts cover, boolean uses1904Dates)
            throws WorkbookException {
        String iso3 = country(fileName, name, cover);
        YearMonth period = period(fileName, name, cover);
        String operation = operation(fileName, name, cover);
        Integer version = cover.version() != null ? cover.version() : name.map(FileNameFacts::version).orElse(null);
        return new ReturnIdentity(iso3, period, operation, version, cover.submittedOn(), cover.nilDeclared(),
                cover.decimalSeparator(), cover.contact(), uses1904Dates);
    }

    private String country(String fileName, Optional<FileNameFacts> name, CoverFacts cover) throws WorkbookException {
        Optional<String> fromName = name.flatMap(n -> countryIso3.apply(n.iso3()));
        if (cover.country() == null) {
            if (fromName.isPresent()) {
                return fromName.get();
            }
            throw new WorkbookException(FileFault.COUNTRY_UNKNOWN, name.isPresent()
                    ? "File " + fileName + ": the file name starts with '" + name.get().iso3()
                    + "', which is not a country code we know, and there is no cover sheet giving the reporting country"
                    : "File " + fileName + ": the reporting country is unknown: there is no cover sheet with a "
                    + "'Reporting country' and the file name does not follow " + conventionHint());
        }
        CoverEntry entry = cover.country();
        Optional<String> fromCover = countryIso3.apply(entry.text());
        if (fromCover.isEmpty()) {
            throw new WorkbookException(FileFault.COUNTRY_UNKNOWN, "File " + fileName + ": the reporting country '"
                    + entry.text() + "' in " + entry.where() + " of sheet '" + cover.sheet()
                    + "' is not a country we know; give its ISO code (e.g. FRA or FR) or its name");
        }
        if (fromName.isPresent() && !fromName.get().equals(fromCover.get())) {
            throw new WorkbookException(FileFault.METADATA_CONFLICT, "File " + fileName + ": the file name says "
                    + name.get().iso3() + " but the cover sheet says " + quoted(entry.text(), fromCover.get())
                    + "; correct one of them and send the file again");
        }
        return fromCover.get();
    }

    private YearMonth period(String fileName, Optional<FileNameFacts> name, CoverFacts cover) throws WorkbookException {
        Optional<YearMonth> fromName = name.map(FileNameFacts::period);
        if (cover.period() == null) {
            if (fromName.isPresent()) {
                return fromName.get();
            }
            throw new WorkbookException(FileFault.PERIOD_UNKNOWN, "File " + fileName + ": the reporting period is "
                    + "unknown: there is no cover sheet with a 'Reporting period' and the file name does not follow "
                    + conventionHint());
        }
        CoverEntry entry = cover.period();
        if (cover.month() == null) {
            throw new WorkbookException(FileFault.PERIOD_UNKNOWN, "File " + fileName + ": the reporting period '"
                    + entry.text() + "' in " + entry.where() + " of sheet '" + cover.sheet()
                    + "' is not a month we can read; write it as 2019-06, 06/2019 or June 2019");
        }
        if (fromName.isPresent() && !fromName.get().equals(cover.month())) {
            throw new WorkbookException(FileFault.METADATA_CONFLICT, "File " + fileName + ": the file name says "
                    + fromName.get() + " but the cover sheet says " + quoted(entry.text(), cover.month().toString())
                    + "; correct one of them and send the file again");
        }
        return cover.month();
    }

    private String operation(String fileName, Optional<FileNameFacts> name, CoverFacts cover) throws WorkbookException {
        Optional<String> fromName = name.flatMap(this::operationInName);
        if (cover.operation() == null) {
            return fromName.orElse(null);
        }
        CoverEntry entry = cover.operation();
        Optional<String> fromCover = operationCode.apply(entry.text());
        if (fromCover.isEmpty()) {
            throw new WorkbookException(FileFault.OPERATION_UNKNOWN, "File " + fileName + ": the operation '"
                    + entry.text() + "' in " + entry.where() + " of sheet '" + cover.sheet()
                    + "' is not an operation we know; give its code (e.g. THUNDERBALL2019) or leave it empty");
        }
        if (fromName.isPresent() && !fromName.get().equals(fromCover.get())) {
            throw new WorkbookException(FileFault.METADATA_CONFLICT, "File " + fileName + ": the file name says "
                    + fromName.get() + " but the cover sheet says " + quoted(entry.text(), fromCover.get())
                    + "; correct one of them and send the file again");
        }
        return fromCover.get();
    }

    /** The operation among the file name's words: one word, or all of them together; other words are ignored. */
    private Optional<String> operationInName(FileNameFacts name) {
        List<String> candidates = new ArrayList<>(name.words());
        if (name.words().size() > 1) {
            candidates.add(String.join("", name.words()));
            candidates.add(String.join(" ", name.words()));
        }
        for (String candidate : candidates) {
            Optional<String> code = operationCode.apply(candidate);
            if (code.isPresent()) {
                return code;
            }
        }
        return Optional.empty();
    }

    private static String quoted(String text, String resolved) {
        return text.equalsIgnoreCase(resolved) ? resolved : text + " (" + resolved + ")";
    }

    private static String conventionHint() {
        return "<ISO3>_<YYYY-MM>[_<OPERATION>][_v<N>] (e.g. FRA_2019-06_v1.xlsx)";
    }
}
