package org.customs.seizures.jobs.ingest;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.customs.seizures.core.handoff.HandOff;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnReader;
import org.customs.seizures.core.workbook.WorkbookException;
import org.customs.seizures.core.workbook.WorkbookOpener;
import org.customs.seizures.core.workbook.WorkbookSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one received file into the warehouse, inside the current transaction: a duplicate of
 * bytes already received is recorded and not loaded; a readable return has its lines loaded and
 * its bad lines rejected; a file that cannot be read as a whole is recorded as rejected with the
 * reason. Which version of a return is current is decided once the whole inbox is loaded
 * ({@link VersionResolution}). A return of at least {@code seizures.read-ahead-size} is read and validated on
 * a second thread ({@link ValidatedReading}) while this one writes its lines.
 */
final class ReturnIntake {

    private static final Logger log = LoggerFactory.getLogger(ReturnIntake.class);

    private final WorkbookOpener opener;
    private final ReturnReader reader;
    private final LineValidator validator;
    private final long readAheadBytes;

    ReturnIntake(WorkbookOpener opener, ReturnReader reader, LineValidator validator, long readAheadBytes) {
        this.opener = opener;
        this.reader = reader;
        this.validator = validator;
        this.readAheadBytes = readAheadBytes;
    }

    Submission take(InboxFile file, LocalDateTime receivedAt, Ledger ledger, DimensionKeys keys,
                    SurrogateKeys surrogateKeys) throws SQLException {
        int key = ledger.nextSubmissionKey(); // also opens DuckDB's transaction before any Appender
        Optional<Ledger.EarlierCopy> earlier = ledger.firstWithSameBytes(file.sha256());
        Submission submission = earlier.isPresent()
                ? duplicate(file, key, receivedAt, earlier.get())
                : load(file, key, receivedAt, ledger, keys, surrogateKeys);
        ledger.record(submission);
        log.info("{}: {}{}", file.fileName(), submission.status().sqlValue(),
                submission.message() == null ? "" : " - " + submission.message());
        return submission;
    }

    private Submission duplicate(InboxFile file, int key, LocalDateTime receivedAt, Ledger.EarlierCopy earlier) {
        String message = "The same file (identical content) was already received as '" + earlier.fileName()
                + "' on " + earlier.receivedAt().toLocalDate() + "; it is not loaded twice.";
        return new Submission(key, file.fileName(), file.sha256(), null, null, null, null, null, null, null,
                receivedAt, SubmissionStatus.DUPLICATE, false, RowCounts.none(), 0, message, earlier.submissionKey());
    }

    private Submission load(InboxFile file, int key, LocalDateTime receivedAt, Ledger ledger, DimensionKeys keys,
                            SurrogateKeys surrogateKeys) throws SQLException {
        ReturnLoad load;
        try (WorkbookSource workbook = opener.open(file.path());
             FactLineAppender facts = new FactLineAppender(ledger.connection(), keys, surrogateKeys);
             FeedbackAppender rejects = FeedbackAppender.rejects(ledger.connection(), surrogateKeys, receivedAt);
             FeedbackAppender warnings = FeedbackAppender.warnings(ledger.connection(), surrogateKeys, receivedAt);
             RejectedLineAppender rejectedLines = new RejectedLineAppender(ledger.connection())) {
            load = new ReturnLoad(key, file.fileName(), validator, facts, rejects, warnings, rejectedLines);
            read(file, workbook, load);
        } catch (WorkbookException e) {
            return rejected(file, key, receivedAt, ledger, surrogateKeys, e.fault().name(), e.getMessage());
        } catch (ReturnLoad.WarehouseWriteException e) {
            throw e.sqlCause();
        } catch (RuntimeException e) {
            // a defect of ours must not stop the night's run: the file is recorded, with the cause, for a re-run
            log.error("{}: could not be read", file.fileName(), e);
            return rejected(file, key, receivedAt, ledger, surrogateKeys, "READ_FAILED",
                    "The file could not be read because of an error in the ingest (" + e + "). "
                            + "It is kept and can be loaded again once the error is fixed.");
        }
        for (SheetTally sheet : load.sheets()) {
            ledger.recordSheet(key, sheet);
        }
        ReturnIdentity id = load.identity();
        return new Submission(key, file.fileName(), file.sha256(), id.reportingIso3(), id.period(),
                id.operationCode(), id.version(), id.submittedOn(), id.decimalSeparator(), id.uses1904Dates(),
                receivedAt, SubmissionStatus.LOADED,
                load.isNilReturn(), load.rows(), load.warningCount(), null, null);
    }

    private void read(InboxFile file, WorkbookSource workbook, ReturnLoad load) throws WorkbookException {
        if (InboxReader.size(file.path()) < readAheadBytes) { // unreadable size: 0, read here and reported
            reader.read(file.fileName(), workbook, load);
            return;
        }
        HandOff.<Consumer<ReturnLoad>, WorkbookException>run("return-reader",
                steps -> reader.read(file.fileName(), workbook, new ValidatedReading(validator, steps)),
                step -> step.accept(load), WorkbookException.class);
    }

    private Submission rejected(InboxFile file, int key, LocalDateTime receivedAt, Ledger ledger,
                                SurrogateKeys surrogateKeys, String reason, String message) throws SQLException {
        ledger.discardWrittenRows(key);
        try (FeedbackAppender rejects = FeedbackAppender.rejects(ledger.connection(), surrogateKeys, receivedAt)) {
            rejects.append(key, file.fileName(), null, null, null, null, null, reason, message);
        }
        return new Submission(key, file.fileName(), file.sha256(), null, null, null, null, null, null, null,
                receivedAt, SubmissionStatus.REJECTED, false, RowCounts.none(), 0, reason + ": " + message, null);
    }
}
