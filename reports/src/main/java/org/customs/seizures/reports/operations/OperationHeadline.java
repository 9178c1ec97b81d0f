package org.customs.seizures.reports.operations;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sentence a joint-operation press release quotes, generated from the figures: "Operation Thunderball
 * (4 June 2019 – 30 June 2019): 1,828 seizures reported by 2 countries; IVORY: 440 cases, 545 kg, 440 items;
 * TIMBER: 3 cases, 2,550 m³". Measures are named with their unit and never added to one another.
 */
public final class OperationHeadline {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private OperationHeadline() {
    }

    /** The headline of one operation: its total row, then its all-countries rows by category. */
    public static String of(OperationResult total, List<OperationResult> rows) {
        StringBuilder sentence = new StringBuilder(total.operationLabel());
        if (total.firstSeizureDate() != null) {
            sentence.append(" (").append(span(total.firstSeizureDate(), total.lastSeizureDate())).append(')');
        }
        sentence.append(": ").append(whole(total.cases())).append(total.cases() == 1 ? " seizure" : " seizures")
                .append(" reported by ").append(whole(total.reportingCountries()))
                .append(total.reportingCountries() == 1 ? " country" : " countries");
        for (OperationResult row : rows) {
            if (row.operationCode().equals(total.operationCode()) && OperationResult.ALL.equals(row.reportingIso3())
                    && !OperationResult.ALL.equals(row.domain()) && !OperationResult.ALL.equals(row.commodityCategory())) {
                sentence.append("; ").append(row.commodityCategory()).append(": ").append(figures(row));
            }
        }
        return sentence.append('.').toString();
    }

    static String figures(OperationResult row) {
        List<String> parts = new ArrayList<>();
        parts.add(whole(row.cases()) + (row.cases() == 1 ? " case" : " cases"));
        if (row.massKg() != 0) {
            parts.add(quantity(row.massKg()) + " kg");
        }
        if (row.volumeM3() != 0) {
            parts.add(quantity(row.volumeM3()) + " m³");
        }
        if (row.items() != 0) {
            parts.add(quantity(row.items()) + (row.items() == 1 ? " item" : " items"));
        }
        return String.join(", ", parts);
    }

    private static String span(LocalDate first, LocalDate last) {
        return first.equals(last) ? DAY.format(first) : DAY.format(first) + " – " + DAY.format(last);
    }

    static String whole(long value) {
        return new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }

    static String quantity(double value) {
        return new DecimalFormat("#,##0.#", DecimalFormatSymbols.getInstance(Locale.ENGLISH)).format(value);
    }
}
