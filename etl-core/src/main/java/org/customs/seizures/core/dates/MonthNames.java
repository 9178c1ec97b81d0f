package org.customs.seizures.core.dates;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Month names and abbreviations in English, French and Spanish, in their folded form (lower case, no
 * accents, no dots: {@code févr.} folds to {@code fevr}), plus the words a written date may carry
 * around its day, month and year ({@code de}, {@code the}, weekday names).
 */
final class MonthNames {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Set<String> FILLERS = Set.of(
            "de", "del", "the", "of", "le", "el", "on",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo");

    static {
        month(1, "january", "jan", "janvier", "janv", "enero", "ene");
        month(2, "february", "feb", "febr", "fevrier", "fevr", "fev", "febrero");
        month(3, "march", "mar", "mars", "marzo");
        month(4, "april", "apr", "avril", "avr", "abril", "abr");
        month(5, "may", "mai", "mayo");
        month(6, "june", "jun", "juin", "junio");
        month(7, "july", "jul", "juillet", "juil", "julio");
        month(8, "august", "aug", "aout", "agosto", "ago");
        month(9, "september", "sep", "sept", "septembre", "septiembre", "setiembre", "set");
        month(10, "october", "oct", "octobre", "octubre");
        month(11, "november", "nov", "novembre", "noviembre");
        month(12, "december", "dec", "decembre", "diciembre", "dic");
    }

    private MonthNames() {
    }

    private static void month(int number, String... names) {
        for (String name : names) {
            MONTHS.put(name, number);
        }
    }

    /** The month number of a folded word, or 0 when it names no month. */
    static int month(String foldedWord) {
        return MONTHS.getOrDefault(foldedWord, 0);
    }

    /** True for words that carry no part of the date ({@code de}, weekday names, ...). */
    static boolean isFiller(String foldedWord) {
        return FILLERS.contains(foldedWord);
    }
}
