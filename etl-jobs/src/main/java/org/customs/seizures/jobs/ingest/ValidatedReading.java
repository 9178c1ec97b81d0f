package org.customs.seizures.jobs.ingest;

import java.util.Map;
import java.util.function.Consumer;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.returns.ReturnListener;
import org.customs.seizures.core.returns.SkipReason;

/**
 * The reading side of a big return read on a second thread ({@link ReturnIntake}): what the reader finds is
 * validated here, off the chunk's thread, and handed over as one step for {@link ReturnLoad} to write on the
 * chunk's thread, which alone uses the transaction's connection. Same steps, same order as a return read
 * and written on one thread.
 */
final class ValidatedReading implements ReturnListener {

    private final LineValidator validator;
    private final Consumer<Consumer<ReturnLoad>> steps;
    private ReturnIdentity identity;

    ValidatedReading(LineValidator validator, Consumer<Consumer<ReturnLoad>> steps) {
        this.validator = validator;
        this.steps = steps;
    }

    @Override
    public void identified(ReturnIdentity identity) {
        this.identity = identity;
        steps.accept(load -> load.identified(identity));
    }

    @Override
    public void seizureSheet(String sheet, int headerRowNumber, Map<Field, String> headers) {
        steps.accept(load -> load.seizureSheet(sheet, headerRowNumber, headers));
    }

    @Override
    public void otherSheet(String sheet, String why) {
        steps.accept(load -> load.otherSheet(sheet, why));
    }

    @Override
    public void unknownColumn(String sheet, int rowNumber, String column, String header) {
        steps.accept(load -> load.unknownColumn(sheet, rowNumber, column, header));
    }

    @Override
    public void line(ReturnLine line) {
        if (identity == null) {
            throw new IllegalStateException("The reader handed over a line before identifying the return");
        }
        LineOutcome outcome = validator.validate(line, identity);
        steps.accept(load -> load.write(line, outcome));
    }

    @Override
    public void skipped(String sheet, int rowNumber, SkipReason reason) {
        steps.accept(load -> load.skipped(sheet, rowNumber, reason));
    }

    @Override
    public void warning(String sheet, int rowNumber, String column, String code, String message) {
        steps.accept(load -> load.warning(sheet, rowNumber, column, code, message));
    }
}
