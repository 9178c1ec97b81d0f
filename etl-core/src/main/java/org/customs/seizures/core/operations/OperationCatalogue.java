package org.customs.seizures.core.operations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.customs.seizures.core.reference.ReferenceCsv;
import org.customs.seizures.core.text.FoldedText;

/**
 * The joint enforcement operations of {@code operations.csv}, found by code, name or alias.
 *
 * <p>Matching folds the text ({@link FoldedText}) and then ignores spaces, so {@code THUNDERBALL2019},
 * {@code Thunderball 2019}, {@code Operation Thunderball}, {@code Opération Thunderball} and
 * {@code thunderball} all find the same operation. Every name and alias is also known followed by the
 * operation's start year ({@code Earth Goddess 2019}). A leading {@code Operation}/{@code Opération}/
 * {@code Operación}/{@code Op} word is optional: {@code Déesse de la Terre} finds the alias
 * {@code Opération Déesse de la Terre}. A name or alias
 * shared by two operations (e.g. the same operation run in two years) is left out, never guessed: the
 * code, or the name with its year, still finds each one.
 */
public final class OperationCatalogue {

    private static final Pattern LEADING_OPERATION_WORD = Pattern.compile("^(?:operation|operacion|op) ");

    private final Map<String, Operation> byCode;
    private final Map<String, Operation> byKey;

    /**
     * @param rows rows with the columns of {@code operations.csv}: operation_code, name, domain,
     *             start_date, end_date (ISO dates) and aliases ({@code |}-separated)
     */
    public OperationCatalogue(List<Map<String, String>> rows) {
        Map<String, Operation> operations = new LinkedHashMap<>();
        Map<String, Set<Operation>> keys = new HashMap<>();
        for (Map<String, String> row : rows) {
            String code = ReferenceCsv.required(row, "operation_code").toUpperCase(Locale.ROOT);
            Operation operation = new Operation(code, ReferenceCsv.required(row, "name"),
                    ReferenceCsv.required(row, "domain"), LocalDate.parse(ReferenceCsv.required(row, "start_date")),
                    LocalDate.parse(ReferenceCsv.required(row, "end_date")));
            operations.put(code, operation);
            List<String> names = new ArrayList<>();
            names.add(operation.name());
            for (String alias : row.getOrDefault("aliases", "").split("\\|")) {
                if (!alias.isBlank()) {
                    names.add(alias);
                }
            }
            String year = String.valueOf(operation.startDate().getYear());
            addKey(keys, code, operation);
            for (String name : names) {
                String bare = LEADING_OPERATION_WORD.matcher(FoldedText.fold(name)).replaceFirst("");
                for (String variant : List.of(name, bare)) {
                    addKey(keys, variant, operation);
                    addKey(keys, variant + year, operation);
                }
            }
        }
        Map<String, Operation> unambiguous = new HashMap<>();
        keys.forEach((key, claimants) -> {
            if (claimants.size() == 1) {
                unambiguous.put(key, claimants.iterator().next());
            }
        });
        // a code always finds its own operation
        operations.forEach((code, operation) -> unambiguous.put(key(code), operation));
        this.byCode = Collections.unmodifiableMap(operations);
        this.byKey = Map.copyOf(unambiguous);
    }

    /** The catalogue of the shipped {@code /reference/operations.csv}. */
    public static OperationCatalogue fromClasspath() {
        return new OperationCatalogue(ReferenceCsv.fromClasspath("operations.csv"));
    }

    /** The operation a code, name or alias stands for, with or without spaces or year. */
    public Optional<Operation> resolve(String raw) {
        String folded = FoldedText.fold(raw);
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        Operation found = byKey.get(folded.replace(" ", ""));
        if (found == null) {
            found = byKey.get(LEADING_OPERATION_WORD.matcher(folded).replaceFirst("").replace(" ", ""));
        }
        return Optional.ofNullable(found);
    }

    public Optional<Operation> byCode(String code) {
        return code == null ? Optional.empty()
                : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** Every operation, in the order of {@code operations.csv}. */
    public Collection<Operation> all() {
        return byCode.values();
    }

    private static void addKey(Map<String, Set<Operation>> keys, String text, Operation operation) {
        String key = key(text);
        if (!key.isEmpty()) {
            keys.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(operation);
        }
    }

    private static String key(String text) {
        return FoldedText.fold(text).replace(" ", "");
    }
}
