package org.customs.seizures.core.returns;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file name convention {@code <ISO3>_<YYYY-MM>[_<OPERATION>][_v<N>].<ext>} (returns.md §1):
 * case-insensitive, with {@code -}, {@code _} or spaces as separators, tolerating further words
 * ({@code CHN-2019-01_resent.xlsx}). A name that does not follow it gives no facts.
 */
public final class FileNameConvention {

    private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+");
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{3}");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern VERSION = Pattern.compile("[vV](\\d{1,4})");

    private FileNameConvention() {
    }

    public static Optional<FileNameFacts> read(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = baseName(fileName);
        String[] tokens = SEPARATORS.split(name.strip());
        if (tokens.length < 3 || !COUNTRY.matcher(tokens[0]).matches() || !YEAR.matcher(tokens[1]).matches()
                || !MONTH.matcher(tokens[2]).matches()) {
            return Optional.empty();
        }
        YearMonth period;
        try {
            period = YearMonth.of(Integer.parseInt(tokens[1]), Integer.parseInt(tokens[2]));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        Integer version = null;
        List<String> words = new ArrayList<>();
        for (int i = 3; i < tokens.length; i++) {
            Matcher v = VERSION.matcher(tokens[i]);
            if (version == null && v.matches() && Integer.parseInt(v.group(1)) >= 1) {
                version = Integer.parseInt(v.group(1));
            } else if (!tokens[i].isEmpty()) {
                words.add(tokens[i]);
            }
        }
        return Optional.of(new FileNameFacts(tokens[0].toUpperCase(Locale.ROOT), period,
                words.isEmpty() ? null : words.get(0), version, words));
    }

    private static String baseName(String fileName) {
        String name = fileName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        if (slash >= 0) {
            name = name.substring(slash + 1);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
