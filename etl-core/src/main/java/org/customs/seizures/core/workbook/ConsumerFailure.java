package org.customs.seizures.core.workbook;

import java.util.function.Consumer;

/**
 * Carries an exception thrown by the caller's row consumer through the XML parser, so that it
 * reaches the caller unchanged instead of being mistaken for a damaged file.
 */
final class ConsumerFailure extends RuntimeException {

    private ConsumerFailure(RuntimeException cause) {
        super(cause);
    }

    static Consumer<RawRow> guard(Consumer<RawRow> rows) {
        return row -> {
            try {
                rows.accept(row);
            } catch (RuntimeException e) {
                throw new ConsumerFailure(e);
            }
        };
    }

    RuntimeException original() {
        return (RuntimeException) getCause();
    }
}
