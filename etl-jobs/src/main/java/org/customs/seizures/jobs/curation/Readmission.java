package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.lines.SeizureLine;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.jobs.ingest.DimensionKeys;
import org.customs.seizures.jobs.ingest.FactLineAppender;
import org.customs.seizures.jobs.ingest.FeedbackAppender;
import org.customs.seizures.jobs.ingest.StoredCells;
import org.customs.seizures.jobs.ingest.SurrogateKeys;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * Admits again the lines rejected only because of an unknown unit or country ({@code etl_rejected_line}),
 * validating their stored raw cells with the current catalogues: a line that passes becomes a fact, loses its
 * rejection and raw cells, and moves from rejected to loaded in its submission's and sheet's counts. Nothing
 * is read from the original files. Numbers typed as text are read with the decimal separator and date system
 * recorded with the submission ({@code '.'} and 1900 for a submission recorded before they were kept).
 */
final class Readmission {

    private final LineValidator validator;
    private final Clock clock;

    Readmission(CuratedCatalogues catalogues, Clock clock) {
        this.validator = new LineValidator(catalogues.units(), catalogues.commodities(), catalogues.countries(), clock);
        this.clock = clock;
    }

    /**
     * Returns how many lines were re-admitted; those still rejected stay as they are. The candidates are taken as
     * they are fetched (DuckDB's JDBC result is materialised, so the Appenders may write meanwhile); the facts and
     * warnings go in with the ingest's Appenders, the rejections and counts move set-wise ({@link ReadmittedLines}).
     */
    int apply(Connection connection, DimensionKeys keys, Moves moves) throws SQLException {
        SurrogateKeys surrogateKeys = SurrogateKeys.read(connection);
        int admitted = 0;
        try (FactLineAppender facts = new FactLineAppender(connection, keys, surrogateKeys);
             FeedbackAppender warnings = FeedbackAppender.warnings(connection, surrogateKeys,
                     LocalDateTime.now(clock));
             ReadmittedLines readmitted = new ReadmittedLines(connection)) {
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery(SqlFile.load("curation/rejected_lines_to_readmit.sql"))) {
                while (rs.next()) {
                    if (admit(candidate(rs), facts, warnings, readmitted, moves)) {
                        admitted++;
                    }
                }
            }
            facts.close(); // flushed before the statements below read the tables
            warnings.close();
            readmitted.apply();
        }
        return admitted;
    }

    private boolean admit(Candidate candidate, FactLineAppender facts, FeedbackAppender warnings,
                          ReadmittedLines readmitted, Moves moves) throws SQLException {
        if (!(validator.validate(candidate.line(), candidate.identity()) instanceof LineOutcome.Loaded loaded)) {
            return false;
        }
        SeizureLine line = loaded.line();
        ReturnLine raw = candidate.line();
        facts.append(candidate.submissionKey(), candidate.identity(), line, raw);
        for (LineOutcome.LineWarning w : loaded.warnings()) {
            warnings.append(candidate.submissionKey(), candidate.fileName(), raw, w.column(), w.rawValue(), w.code(),
                    w.message());
        }
        readmitted.add(candidate.submissionKey(), raw.sheet(), raw.rowNumber(), loaded.warnings().size());
        Double base = line.baseQuantity().doubleValue();
        moves.add("re-admitted unit", Moves.NONE, line.unitCode(), line.measure() == Measure.MASS_KG ? base : null,
                line.measure() == Measure.VOLUME_M3 ? base : null, line.measure() == Measure.ITEMS ? base : null);
        return true;
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        String sheet = rs.getString("sheet");
        int row = rs.getInt("row_number");
        ReturnLine line = StoredCells.decode(sheet, row, StoredCells.mapFromJson(rs.getString("cells")),
                StoredCells.mapFromJson(rs.getString("headers")), rs.getString("unit_from_header"));
        LocalDate period = rs.getObject("period", LocalDate.class);
        Integer version = (Integer) rs.getObject("version");
        ReturnIdentity identity = new ReturnIdentity(rs.getString("reporting_iso3"), YearMonth.from(period),
                rs.getString("operation_code"), version, rs.getObject("submitted_on", LocalDate.class), false,
                rs.getString("decimal_separator").charAt(0), null, rs.getBoolean("uses_1904_dates"));
        return new Candidate(rs.getInt("submission_key"), rs.getString("file_name"), line, identity);
    }

    private record Candidate(int submissionKey, String fileName, ReturnLine line, ReturnIdentity identity) {
    }
}
