package org.customs.seizures.reports.operations;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The results of joint enforcement operations as {@code operation_results_as_of} gives them (the view
 * {@code v_operation_results} at a vintage), in report order: per operation, its total, its rows by domain
 * and category, then each reporting country's.
 */
public final class OperationResults {

    private final List<OperationResult> rows;
    private final LocalDateTime asOf;

    public OperationResults(List<OperationResult> rows, LocalDateTime asOf) {
        this.rows = List.copyOf(rows);
        this.asOf = asOf;
    }

    /**
     * One operation's results as they stood at {@code asOf} (null = now); empty when the operation has no
     * lines.
     *
     * @throws OperationReadException when the query fails
     */
    public static OperationResults ofOperation(Connection connection, String operationCode, LocalDateTime asOf) {
        return read(connection, asOf, operationCode, null, null, "operation " + operationCode);
    }

    /** The operations whose seizures fall at least partly between {@code from} and {@code to} (inclusive). */
    public static OperationResults overlapping(Connection connection, LocalDate from, LocalDate to, LocalDateTime asOf) {
        return read(connection, asOf, null, from, to, "operations between " + from + " and " + to);
    }

    private static OperationResults read(Connection connection, LocalDateTime asOf, String code, LocalDate from,
            LocalDate to, String what) {
        try {
            return new OperationResults(OperationResultsQuery.rowsOf(connection, asOf, code, from, to), asOf);
        } catch (SQLException failure) {
            throw new OperationReadException("Could not read the results of " + what
                    + " from v_operation_results: " + failure.getMessage(), failure);
        }
    }

    public List<OperationResult> rows() {
        return rows;
    }

    /** The vintage the results were read at; null when read as they stand now. */
    public LocalDateTime asOf() {
        return asOf;
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** The all-countries, all-domains, all-categories rows: one per operation. */
    public List<OperationResult> totals() {
        return rows.stream().filter(OperationResult::isOperationTotal).toList();
    }

    public Optional<OperationResult> total(String operationCode) {
        return totals().stream().filter(row -> row.operationCode().equals(operationCode)).findFirst();
    }
}
