package org.customs.seizures.core.numbers;

import java.math.BigDecimal;

/**
 * A number typed as text, read under the return's declared decimal separator (returns.md §3,
 * variation 8). Never guesses.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Invisible characters (zero-width spaces, BOM, soft hyphen) are removed and surrounding
 *       spaces trimmed. One leading {@code +}, {@code -} or {@code −} (U+2212) is allowed.</li>
 *   <li>The declared separator {@code d} ({@code .} or {@code ,}) is the decimal mark. The
 *       other mark, and the spaces (space, U+00A0, U+202F, U+2009), can only be thousands
 *       separators.</li>
 *   <li>Thousands groups: the first group has 1 to 3 digits (not a lone {@code 0}), every later
 *       group exactly 3; one kind of thousands separator per number (all spaces count as one
 *       kind). The fraction after {@code d} is digits only.</li>
 *   <li>So a single other mark followed by exactly three digits is a thousands group:
 *       {@code 1,238} under {@code .} and {@code 1.238} under {@code ,} are both 1238; the
 *       declaration settles what the text alone cannot.</li>
 * </ul>
 *
 * <h2>Ambiguous or invalid</h2>
 * <ul>
 *   <li>{@link Ambiguous}: the declared decimal mark stands where only a thousands separator can
 *       (it appears more than once, or before the other mark) and the text is a valid number
 *       under the other separator, e.g. {@code 1.238,5} or {@code 1.238.500} under {@code .}.
 *       The cell contradicts the return's declaration and we cannot tell which one is wrong.</li>
 *   <li>{@link Invalid}: everything else that is not a number under the declared separator,
 *       e.g. {@code 12,5} under {@code .} (a thousands group must have three digits),
 *       {@code 1,2,3}, {@code 1,238 500}, {@code 12a}. When the other separator would read it,
 *       the reason says so, as a hint for the sender.</li>
 * </ul>
 */
public final class TextNumber {

    /** The outcome of reading one text. */
    public sealed interface Result {
    }

    /** The text is this number. */
    public record Parsed(BigDecimal value) implements Result {
    }

    /** The text reads as a number only with the separators swapped; reason in plain words. */
    public record Ambiguous(String reason) implements Result {
    }

    /** The text is not a number under the declared separator; reason in plain words. */
    public record Invalid(String reason) implements Result {
    }

    private TextNumber() {
    }

    /** Reads {@code text} with {@code decimalSeparator} ({@code '.'} or {@code ','}) as the decimal mark. */
    public static Result parse(String text, char decimalSeparator) {
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("Decimal separator must be '.' or ',', not '" + decimalSeparator + "'");
        }
        String cleaned = withoutInvisibles(text);
        if (cleaned.isEmpty()) {
            return new Invalid("it is empty");
        }
        boolean negative = false;
        String body = cleaned;
        char first = body.charAt(0);
        if (first == '+' || first == '-' || first == '\u2212') {
            negative = first != '+';
            body = trimSpaces(body.substring(1));
        }
        if (body.isEmpty()) {
            return new Invalid("it has a sign but no digits");
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (!isDigit(c) && c != '.' && c != ',' && !isGroupSpace(c)) {
                return new Invalid("'" + c + "' is not part of a number");
            }
        }
        Reading declared = read(body, decimalSeparator);
        if (declared.value != null) {
            return new Parsed(negative ? declared.value.negate() : declared.value);
        }
        char other = decimalSeparator == '.' ? ',' : '.';
        Reading swapped = read(body, other);
        if (swapped.value == null) {
            return new Invalid(declared.problem);
        }
        String alternative = (negative ? "-" : "") + swapped.value.toPlainString();
        String hint = "with '" + other + "' as decimal separator it would read " + alternative
                + ", but the return declares '" + decimalSeparator + "'";
        if (declaredMarkUsedAsGrouping(body, decimalSeparator, other)) {
            return new Ambiguous("'" + decimalSeparator + "' is the declared decimal separator but is used here "
                    + "as a thousands separator; " + hint);
        }
        return new Invalid(declared.problem + "; " + hint);
    }

    private static boolean declaredMarkUsedAsGrouping(String body, char decimal, char other) {
        int firstDecimal = body.indexOf(decimal);
        if (firstDecimal < 0) {
            return false;
        }
        int otherIndex = body.indexOf(other);
        return body.indexOf(decimal, firstDecimal + 1) >= 0 || (otherIndex > firstDecimal);
    }

    /** Value, or the problem in plain words. */
    private record Reading(BigDecimal value, String problem) {
        static Reading problem(String problem) {
            return new Reading(null, problem);
        }
    }

    private static Reading read(String body, char decimal) {
        int decimalAt = body.indexOf(decimal);
        if (decimalAt >= 0 && body.indexOf(decimal, decimalAt + 1) >= 0) {
            return Reading.problem("the decimal separator '" + decimal + "' appears more than once");
        }
        String integerPart = decimalAt >= 0 ? body.substring(0, decimalAt) : body;
        String fraction = decimalAt >= 0 ? body.substring(decimalAt + 1) : "";
        if (decimalAt >= 0) {
            if (fraction.isEmpty()) {
                return Reading.problem("no digits follow the decimal separator '" + decimal + "'");
            }
            for (int i = 0; i < fraction.length(); i++) {
                if (!isDigit(fraction.charAt(i))) {
                    return Reading.problem("after the decimal separator '" + decimal + "' only digits may follow, not '"
                            + fraction.charAt(i) + "'");
                }
            }
        }
        String integerDigits;
        if (integerPart.isEmpty()) {
            if (decimalAt < 0) {
                return Reading.problem("it has no digits");
            }
            integerDigits = "0";
        } else {
            Reading grouped = ungroup(integerPart);
            if (grouped.value == null) {
                return grouped;
            }
            integerDigits = grouped.value.toPlainString();
        }
        String plain = fraction.isEmpty() ? integerDigits : integerDigits + "." + fraction;
        return new Reading(new BigDecimal(plain), null);
    }

    private static Reading ungroup(String integerPart) {
        Character mark = null;
        StringBuilder digits = new StringBuilder();
        int groupLength = 0;
        int groups = 0;
        String firstGroup = null;
        for (int i = 0; i < integerPart.length(); i++) {
            char c = integerPart.charAt(i);
            if (isDigit(c)) {
                digits.append(c);
                groupLength++;
                continue;
            }
            char kind = isGroupSpace(c) ? ' ' : c;
            String shown = kind == ' ' ? "a space" : "'" + kind + "'";
            if (mark == null) {
                mark = kind;
            } else if (mark != kind) {
                return Reading.problem("it mixes thousands separators ("
                        + (mark == ' ' ? "a space" : "'" + mark + "'") + " and " + shown + ")");
            }
            if (groupLength == 0) {
                return Reading.problem(shown + " must stand between digits");
            }
            if (groups == 0) {
                if (groupLength > 3) {
                    return Reading.problem("the digits before the first thousands separator " + shown
                            + " are more than three");
                }
                firstGroup = digits.toString();
            } else if (groupLength != 3) {
                return Reading.problem("thousands groups after " + shown + " must have exactly three digits");
            }
            groups++;
            groupLength = 0;
        }
        if (groups > 0) {
            if (groupLength != 3) {
                return Reading.problem("thousands groups after "
                        + (mark == ' ' ? "a space" : "'" + mark + "'") + " must have exactly three digits");
            }
            if (firstGroup.charAt(0) == '0') {
                return Reading.problem("a thousands group cannot follow a leading 0");
            }
        }
        return new Reading(new BigDecimal(digits.toString()), null);
    }

    static String withoutInvisibles(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
                continue;
            }
            out.append(c);
        }
        return trimSpaces(out.toString());
    }

    static String trimSpaces(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isAnySpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isAnySpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The spaces accepted as thousands separators. */
    static boolean isGroupSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
    }

    private static boolean isAnySpace(char c) {
        return Character.isSpaceChar(c) || Character.isWhitespace(c);
    }
}
