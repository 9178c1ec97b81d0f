package org.customs.seizures.jobs.ingest;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.customs.seizures.core.lines.LineFault;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.returns.ReturnListener;
import org.customs.seizures.core.returns.SkipReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives the rows of one return as the reader streams them, validates each line and writes it
 * at once: a loaded line to the fact table, a rejected one to {@code etl_reject}. Nothing is held
 * in memory but counts.
 */
final class ReturnLoad implements ReturnListener {

    private static final Logger log = LoggerFactory.getLogger(ReturnLoad.class);

    private final int submissionKey;
    private final String fileName;
    private final LineValidator validator;
    private final FactLineAppender facts;
    private final FeedbackAppender rejects;
    private final FeedbackAppender warnings;
    private final RejectedLineAppender rejectedLines;
    private final RowCounts rows = RowCounts.none();
    private final Map<String, SheetTally> sheets = new LinkedHashMap<>();
    private ReturnIdentity identity;
    private int warningCount;

    ReturnLoad(int submissionKey, String fileName, LineValidator validator, FactLineAppender facts,
               FeedbackAppender rejects, FeedbackAppender warnings, RejectedLineAppender rejectedLines) {
        this.submissionKey = submissionKey;
        this.fileName = fileName;
        this.validator = validator;
        this.facts = facts;
        this.rejects = rejects;
        this.warnings = warnings;
        this.rejectedLines = rejectedLines;
    }

    @Override
    public void identified(ReturnIdentity identity) {
        this.identity = identity;
    }

    @Override
    public void seizureSheet(String sheet, int headerRowNumber, Map<Field, String> headers) {
        log.debug("{}: seizure sheet '{}', header in row {}", fileName, sheet, headerRowNumber);
        sheets.put(sheet, SheetTally.seizure(sheet, headerRowNumber, StoredCells.byKey(headers)));
    }

    @Override
    public void otherSheet(String sheet, String why) {
        log.debug("{}: sheet '{}' ignored: {}", fileName, sheet, why);
        sheets.putIfAbsent(sheet, SheetTally.other(sheet, why));
    }

    @Override
    public void unknownColumn(String sheet, int rowNumber, String column, String header) {
        log.debug("{}: sheet '{}' column {} '{}' is not a known field and is ignored", fileName, sheet, column, header);
    }

    @Override
    public void line(ReturnLine line) {
        if (identity == null) {
            throw new IllegalStateException("The reader handed over a line before identifying the return");
        }
        write(line, validator.validate(line, identity));
    }

    /** Writes a line already validated (on the reading thread of a big return, {@link ValidatedReading}). */
    void write(ReturnLine line, LineOutcome outcome) {
        try {
            if (outcome instanceof LineOutcome.Loaded loaded) {
                facts.append(submissionKey, identity, loaded.line(), line);
                for (LineOutcome.LineWarning w : loaded.warnings()) {
                    warnings.append(submissionKey, fileName, line, w.column(), w.rawValue(), w.code(), w.message());
                    warningCount++;
                }
                rows.loaded();
                sheet(line.sheet()).loaded();
            } else if (outcome instanceof LineOutcome.Rejected rejected) {
                for (LineFault fault : rejected.faults()) {
                    rejects.append(submissionKey, fileName, line, fault.column(), fault.rawValue(),
                            fault.reason().name(), fault.message());
                }
                rejectedLines.append(submissionKey, line);
                rows.rejected();
                sheet(line.sheet()).rejected();
            }
        } catch (SQLException e) {
            throw new WarehouseWriteException(e);
        }
    }

    @Override
    public void skipped(String sheet, int rowNumber, SkipReason reason) {
        rows.skipped();
        sheet(sheet).skipped();
    }

    /** The counts of a seizure sheet (a sheet the reader announced, or one it handed rows of). */
    private RowCounts sheet(String sheet) {
        return sheets.computeIfAbsent(sheet, s -> new SheetTally(s, "seizure", null, RowCounts.none(), null, null)).rows();
    }

    @Override
    public void warning(String sheet, int rowNumber, String column, String code, String message) {
        try {
            warnings.append(submissionKey, fileName, sheet, rowNumber, null, column, null, code, message);
            warningCount++;
        } catch (SQLException e) {
            throw new WarehouseWriteException(e);
        }
    }

    ReturnIdentity identity() {
        return identity;
    }

    RowCounts rows() {
        return rows;
    }

    /** Every sheet of the return and what became of it, in workbook order of announcement. */
    java.util.Collection<SheetTally> sheets() {
        return sheets.values();
    }

    int warningCount() {
        return warningCount;
    }

    /** A nil return: declared on the cover, or seizure sheets with a header and no line at all. */
    boolean isNilReturn() {
        return rows.loadedCount() == 0 && rows.rejectedCount() == 0;
    }

    /** A write to the warehouse failed: the run must stop (and can be restarted), unlike a bad file. */
    static final class WarehouseWriteException extends RuntimeException {
        WarehouseWriteException(SQLException cause) {
            super("Writing to the warehouse failed: " + cause.getMessage(), cause);
        }

        SQLException sqlCause() {
            return (SQLException) getCause();
        }
    }
}
