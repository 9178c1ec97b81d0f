package org.customs.seizures.core.workbook;

/**
 * Reads the numbers a sheet's XML almost always holds ({@code 42}, {@code -3.5}, {@code 0.125}) straight from
 * the characters, without making a String: only a plain decimal of at most 15 digits, whose value a single
 * division of two exactly held numbers gives, so the result is the very double {@link Double#parseDouble}
 * gives. Anything else (blanks, exponents, more digits...) is left to {@code Double.parseDouble}.
 */
final class PlainDecimal {

    /** Not a plain decimal: the caller parses it the long way. */
    static final double NOT_PLAIN = Double.NaN;
    static final int NOT_AN_INDEX = -1;

    private static final int MAX_DIGITS = 15;
    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
            1e11, 1e12, 1e13, 1e14, 1e15};

    private PlainDecimal() {
    }

    /** The value of {@code [-]digits[.digits]}, or {@link #NOT_PLAIN}. */
    static double parse(CharSequence text) {
        int length = text.length();
        int i = 0;
        boolean negative = false;
        if (length > 0 && text.charAt(0) == '-') {
            negative = true;
            i = 1;
        }
        long mantissa = 0;
        int digits = 0;
        int decimals = 0;
        boolean point = false;
        for (; i < length; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') {
                if (++digits > MAX_DIGITS) {
                    return NOT_PLAIN;
                }
                mantissa = mantissa * 10 + (ch - '0');
                if (point) {
                    decimals++;
                }
            } else if (ch == '.' && !point) {
                point = true;
            } else {
                return NOT_PLAIN;
            }
        }
        if (digits == 0) {
            return NOT_PLAIN;
        }
        double value = decimals == 0 ? (double) mantissa : mantissa / POWERS_OF_TEN[decimals];
        return negative ? -value : value;
    }

    /** The value of a plain run of at most 9 digits (a shared string's index), or {@link #NOT_AN_INDEX}. */
    static int index(CharSequence text) {
        int length = text.length();
        if (length == 0 || length > 9) {
            return NOT_AN_INDEX;
        }
        int index = 0;
        for (int i = 0; i < length; i++) {
            char ch = text.charAt(i);
            if (ch < '0' || ch > '9') {
                return NOT_AN_INDEX;
            }
            index = index * 10 + (ch - '0');
        }
        return index;
    }
}
