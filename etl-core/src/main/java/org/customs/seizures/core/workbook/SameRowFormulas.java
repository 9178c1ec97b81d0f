package org.customs.seizures.core.workbook;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates the simple formulas that tools which do not calculate leave without a cached result
 * ({@code =12+3}, {@code =B5*1000}, {@code =(D5-2)/4}, {@code =SUM(D5:F5)}), while the sheet streams:
 * numbers, {@code + - * /}, parentheses, unary signs, and references to number cells <em>of the same
 * row that were already read</em> (to the left of the formula). Anything else — another row or sheet,
 * a name, another function, a text, date or empty referenced cell — is not guessed: the cell stays
 * {@link CellKind#FORMULA_WITHOUT_VALUE} and the line is rejected naming it. A division by zero gives
 * {@code #DIV/0!}, as the spreadsheet would show.
 *
 * <p>Recursive descent over the formula text, nesting limited to {@value #MAX_DEPTH} levels.
 */
final class SameRowFormulas implements UncachedFormulas {

    static final int MAX_DEPTH = 32;
    private static final String DIVISION_BY_ZERO = "#DIV/0!";

    @Override
    public Optional<RawCell> evaluate(int rowNumber, int column, String formula, List<RawCell> rowSoFar) {
        if (formula == null || formula.isBlank()) {
            return Optional.empty();
        }
        try {
            Parser parser = new Parser(formula, rowNumber, column, rowSoFar);
            double value = parser.whole();
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return Optional.empty();
            }
            return Optional.of(new RawCell(column, CellKind.NUMBER, null, value, null, false, true));
        } catch (DivisionByZero zero) {
            return Optional.of(new RawCell(column, CellKind.ERROR, DIVISION_BY_ZERO, 0, null, false, true));
        } catch (NotEvaluable unsupported) {
            return Optional.empty();
        }
    }

    /** The formula uses something this evaluator does not compute. */
    private static final class NotEvaluable extends Exception {
        NotEvaluable() {
            super(null, null, false, false);
        }
    }

    private static final class DivisionByZero extends Exception {
        DivisionByZero() {
            super(null, null, false, false);
        }
    }

    private static final class Parser {
        private final String text;
        private final int rowNumber;
        private final int column;
        private final List<RawCell> rowSoFar;
        private int pos;
        private int depth;

        Parser(String text, int rowNumber, int column, List<RawCell> rowSoFar) {
            String trimmed = text.strip();
            this.text = trimmed.startsWith("=") ? trimmed.substring(1) : trimmed;
            this.rowNumber = rowNumber;
            this.column = column;
            this.rowSoFar = rowSoFar;
        }

        double whole() throws NotEvaluable, DivisionByZero {
            double value = expression();
            skipSpaces();
            if (pos != text.length()) {
                throw new NotEvaluable();
            }
            return value;
        }

        private double expression() throws NotEvaluable, DivisionByZero {
            if (++depth > MAX_DEPTH) {
                throw new NotEvaluable();
            }
            double value = term();
            while (true) {
                if (accept('+')) {
                    value += term();
                } else if (accept('-')) {
                    value -= term();
                } else {
                    depth--;
                    return value;
                }
            }
        }

        private double term() throws NotEvaluable, DivisionByZero {
            double value = factor();
            while (true) {
                if (accept('*')) {
                    value *= factor();
                } else if (accept('/')) {
                    double divisor = factor();
                    if (divisor == 0) {
                        throw new DivisionByZero();
                    }
                    value /= divisor;
                } else {
                    return value;
                }
            }
        }

        private double factor() throws NotEvaluable, DivisionByZero {
            if (accept('-')) {
                return -unary();
            }
            if (accept('+')) {
                return unary();
            }
            return primary();
        }

        private double unary() throws NotEvaluable, DivisionByZero {
            if (++depth > MAX_DEPTH) {
                throw new NotEvaluable();
            }
            double value = factor();
            depth--;
            return value;
        }

        private double primary() throws NotEvaluable, DivisionByZero {
            skipSpaces();
            if (accept('(')) {
                double value = expression();
                expect(')');
                return value;
            }
            if (pos >= text.length()) {
                throw new NotEvaluable();
            }
            char ch = text.charAt(pos);
            if (Character.isDigit(ch) || ch == '.') {
                return number();
            }
            if (ch == '$' || isLetter(ch)) {
                return referenceOrSum();
            }
            throw new NotEvaluable();
        }

        private double number() throws NotEvaluable {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < text.length() && (text.charAt(pos) == 'E' || text.charAt(pos) == 'e')) {
                int mark = pos++;
                if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                    pos++;
                }
                int digits = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (digits == pos) {
                    pos = mark;
                }
            }
            try {
                return Double.parseDouble(text.substring(start, pos));
            } catch (NumberFormatException notANumber) {
                throw new NotEvaluable();
            }
        }

        /** {@code B5}, {@code $B$5}, or {@code SUM(...)}; a name, a sheet reference or another function is not evaluated. */
        private double referenceOrSum() throws NotEvaluable, DivisionByZero {
            int start = pos;
            while (pos < text.length() && (isLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                    || text.charAt(pos) == '$' || text.charAt(pos) == '_' || text.charAt(pos) == '.')) {
                pos++;
            }
            String word = text.substring(start, pos);
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == '(') {
                if (!word.toUpperCase(Locale.ROOT).equals("SUM")) {
                    throw new NotEvaluable();
                }
                pos++;
                return sumArguments();
            }
            if (pos < text.length() && (text.charAt(pos) == '!' || text.charAt(pos) == ':')) {
                throw new NotEvaluable(); // another sheet, or a range outside SUM
            }
            return valueAt(columnOf(word));
        }

        private double sumArguments() throws NotEvaluable, DivisionByZero {
            double sum = 0;
            if (accept(')')) {
                return sum;
            }
            do {
                sum += sumArgument();
            } while (accept(','));
            expect(')');
            return sum;
        }

        /** A range {@code D5:F5} of the same row, or any expression. */
        private double sumArgument() throws NotEvaluable, DivisionByZero {
            skipSpaces();
            int mark = pos;
            String first = referenceWord();
            if (first != null && accept(':')) {
                skipSpaces();
                String last = referenceWord();
                if (last == null) {
                    throw new NotEvaluable();
                }
                int from = columnOf(first);
                int to = columnOf(last);
                double sum = 0;
                for (int c = Math.min(from, to); c <= Math.max(from, to); c++) {
                    sum += valueAt(c);
                }
                return sum;
            }
            pos = mark;
            return expression();
        }

        private String referenceWord() {
            int start = pos;
            while (pos < text.length() && (isLetter(text.charAt(pos)) || Character.isDigit(text.charAt(pos))
                    || text.charAt(pos) == '$')) {
                pos++;
            }
            return pos == start ? null : text.substring(start, pos);
        }

        /** The 0-based column of a reference to this row, else not evaluable. */
        private int columnOf(String ref) throws NotEvaluable {
            if (!ref.matches("\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}")) {
                throw new NotEvaluable();
            }
            int refColumn = A1Reference.column(ref);
            if (refColumn < 0 || A1Reference.row(ref) != rowNumber || refColumn >= column) {
                throw new NotEvaluable(); // another row, or a cell not read yet
            }
            return refColumn;
        }

        private double valueAt(int refColumn) throws NotEvaluable {
            for (RawCell cell : rowSoFar) {
                if (cell.column() == refColumn) {
                    if (cell.kind() == CellKind.NUMBER) {
                        return cell.number();
                    }
                    throw new NotEvaluable(); // text, date, boolean, error or an uncomputed formula
                }
            }
            throw new NotEvaluable(); // an empty cell: perhaps a merged value, not read here
        }

        private boolean accept(char ch) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == ch) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char ch) throws NotEvaluable {
            if (!accept(ch)) {
                throw new NotEvaluable();
            }
        }

        private void skipSpaces() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private static boolean isLetter(char ch) {
            return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
        }
    }
}
