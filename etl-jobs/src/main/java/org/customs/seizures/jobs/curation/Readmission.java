package org.customs.seizures.jobs.curation;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.core.lines.LineOutcome;
import org.customs.seizures.core.lines.LineValidator;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.lines.SeizureLine;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.workbook.RawCell;
import org.customs.seizures.jobs.ingest.StoredCells;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * Admits again the lines rejected only because of an unknown unit or country ({@code etl_rejected_line}),
 * validating their stored raw cells with the current catalogues: a line that passes becomes a fact, loses its
 * rejection and raw cells, and moves from rejected to loaded in its submission's and sheet's counts. Nothing
 * is read from the original files.
 *
 * <p>The return's decimal separator is not stored with the submission, so numbers typed as text are read
 * with {@code '.'}; number cells, the usual case, do not depend on it.
 */
final class Readmission {

    private final LineValidator validator;
    private final Clock clock;

    Readmission(CuratedCatalogues catalogues, Clock clock) {
        this.validator = new LineValidator(catalogues.units(), catalogues.commodities(), catalogues.countries(), clock);
        this.clock = clock;
    }

    /** Returns how many lines were re-admitted; those still rejected stay as they are. */
    int apply(Connection connection, DimensionCodes keys, Moves moves) throws SQLException {
        List<Candidate> candidates = candidates(connection);
        long nextLineKey = nextLineKey(connection);
        int admitted = 0;
        for (Candidate candidate : candidates) {
            LineOutcome outcome = validator.validate(candidate.line(), candidate.identity());
            if (outcome instanceof LineOutcome.Loaded loaded) {
                SeizureLine line = loaded.line();
                insertFact(connection, keys, nextLineKey++, candidate, line);
                for (LineOutcome.LineWarning w : loaded.warnings()) {
                    insertWarning(connection, candidate, w);
                }
                forget(connection, candidate, loaded.warnings().size());
                Double base = line.baseQuantity().doubleValue();
                moves.add("re-admitted unit", Moves.NONE, line.unitCode(), line.measure() == Measure.MASS_KG ? base : null,
                        line.measure() == Measure.VOLUME_M3 ? base : null, line.measure() == Measure.ITEMS ? base : null);
                admitted++;
            }
        }
        return admitted;
    }

    private List<Candidate> candidates(Connection connection) throws SQLException {
        List<Candidate> candidates = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(SqlFile.load("curation/rejected_lines_to_readmit.sql"))) {
            while (rs.next()) {
                String sheet = rs.getString("sheet");
                int row = rs.getInt("row_number");
                ReturnLine line = StoredCells.decode(sheet, row, map(rs, "cell_keys", "cell_values"),
                        map(rs, "header_keys", "header_values"), rs.getString("unit_from_header"));
                LocalDate period = rs.getObject("period", LocalDate.class);
                Integer version = (Integer) rs.getObject("version");
                ReturnIdentity identity = new ReturnIdentity(rs.getString("reporting_iso3"), YearMonth.from(period),
                        rs.getString("operation_code"), version, rs.getObject("submitted_on", LocalDate.class), false,
                        rs.getString("decimal_separator").charAt(0), null, rs.getBoolean("uses_1904_dates"));
                candidates.add(new Candidate(rs.getInt("submission_key"), rs.getString("file_name"), line, identity));
            }
        }
        return candidates;
    }

    private static Map<String, String> map(ResultSet rs, String keysColumn, String valuesColumn) throws SQLException {
        Object[] keys = (Object[]) arrayOf(rs.getArray(keysColumn));
        Object[] values = (Object[]) arrayOf(rs.getArray(valuesColumn));
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.length; i++) {
            map.put(String.valueOf(keys[i]), values[i] == null ? null : String.valueOf(values[i]));
        }
        return map;
    }

    private static Object arrayOf(Array array) throws SQLException {
        return array == null ? new Object[0] : array.getArray();
    }

    private static long nextLineKey(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(SqlFile.load("curation/next_line_key.sql"))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void insertFact(Connection connection, DimensionCodes keys, long lineKey, Candidate candidate,
                                   SeizureLine line) throws SQLException {
        ReturnIdentity id = candidate.identity();
        LocalDate date = line.seizureDate();
        BigDecimal base = line.baseQuantity();
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/insert_readmitted_line.sql"))) {
            int i = 1;
            st.setLong(i++, lineKey);
            st.setInt(i++, candidate.submissionKey());
            st.setInt(i++, date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth());
            st.setInt(i++, keys.key("country", id.reportingIso3()));
            st.setInt(i++, keys.key("commodity", line.commodityCode()));
            st.setInt(i++, keys.key("unit", line.unitCode()));
            st.setInt(i++, keys.key("operation", id.operationCode() == null ? "" : id.operationCode()));
            integer(st, i++, keys.keyOrNull("country", line.originIso3()));
            integer(st, i++, keys.keyOrNull("country", line.destinationIso3()));
            st.setString(i++, line.caseRef());
            st.setDouble(i++, line.quantity().doubleValue());
            st.setString(i++, line.unitText());
            decimal(st, i++, line.measure() == Measure.MASS_KG ? base : null);
            decimal(st, i++, line.measure() == Measure.VOLUME_M3 ? base : null);
            decimal(st, i++, line.measure() == Measure.ITEMS ? base : null);
            st.setString(i++, line.commodityText());
            st.setString(i++, line.classifiedBy().name());
            st.setString(i++, line.species());
            st.setString(i++, line.hsCode());
            st.setString(i++, display(candidate.line().cell(Field.ORIGIN_COUNTRY)));
            st.setString(i++, display(candidate.line().cell(Field.DESTINATION_COUNTRY)));
            st.setString(i++, line.transportMode());
            st.setString(i++, line.detectionMethod());
            st.setString(i++, line.concealment());
            st.setString(i++, line.direction());
            st.setString(i++, line.location());
            decimal(st, i++, line.estimatedValue());
            st.setString(i++, line.currency());
            st.setString(i++, line.remarks());
            st.setString(i++, line.sheet());
            st.setInt(i, line.rowNumber());
            st.executeUpdate();
        }
    }

    private void insertWarning(Connection connection, Candidate candidate, LineOutcome.LineWarning w)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/insert_readmitted_warning.sql"))) {
            st.setInt(1, candidate.submissionKey());
            st.setString(2, candidate.fileName());
            st.setString(3, candidate.line().sheet());
            st.setInt(4, candidate.line().rowNumber());
            st.setString(5, caseRef(candidate.line()));
            st.setString(6, w.column());
            st.setString(7, w.rawValue());
            st.setString(8, w.code());
            st.setString(9, w.message());
            st.setObject(10, LocalDateTime.now(clock));
            st.executeUpdate();
        }
    }

    private static void forget(Connection connection, Candidate candidate, int warnings) throws SQLException {
        for (String sql : new String[] {"curation/forget_rejection.sql", "curation/forget_rejected_line.sql"}) {
            try (PreparedStatement st = connection.prepareStatement(SqlFile.load(sql))) {
                st.setInt(1, candidate.submissionKey());
                st.setString(2, candidate.line().sheet());
                st.setInt(3, candidate.line().rowNumber());
                st.executeUpdate();
            }
        }
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/count_readmitted_line.sql"))) {
            st.setInt(1, warnings);
            st.setInt(2, candidate.submissionKey());
            st.executeUpdate();
        }
        try (PreparedStatement st = connection.prepareStatement(SqlFile.load("curation/count_readmitted_sheet_line.sql"))) {
            st.setInt(1, candidate.submissionKey());
            st.setString(2, candidate.line().sheet());
            st.executeUpdate();
        }
    }

    private static String caseRef(ReturnLine line) {
        RawCell cell = line.cell(Field.CASE_REF);
        return cell == null ? null : FoldedText.clean(cell.display());
    }

    private static String display(RawCell cell) {
        return cell == null ? null : cell.display();
    }

    private static void integer(PreparedStatement st, int index, Integer value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setInt(index, value);
        }
    }

    private static void decimal(PreparedStatement st, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.DOUBLE);
        } else {
            st.setDouble(index, value.doubleValue());
        }
    }

    private record Candidate(int submissionKey, String fileName, ReturnLine line, ReturnIdentity identity) {
    }
}
