package org.customs.seizures.jobs.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.lines.SeizureLine;
import org.customs.seizures.core.returns.Field;
import org.customs.seizures.core.returns.ReturnIdentity;
import org.customs.seizures.core.returns.ReturnLine;
import org.customs.seizures.core.workbook.RawCell;

/**
 * Writes seizure lines into {@code fact_seizure_line} with DuckDB's Appender, inside the caller's
 * transaction: the lines of one return in the ingest's chunk, the re-admitted lines in reclassify's.
 * Column order follows the table's definition in warehouse-sql.
 */
public final class FactLineAppender implements AutoCloseable {

    private final TableAppender appender;
    private final DimensionKeys keys;
    private final SurrogateKeys lineKeys;

    public FactLineAppender(Connection connection, DimensionKeys keys, SurrogateKeys lineKeys) {
        this.appender = new TableAppender(connection, "fact_seizure_line");
        this.keys = keys;
        this.lineKeys = lineKeys;
    }

    /** {@code raw}: the line as read, whose origin and destination cells are kept as typed. */
    public void append(int submissionKey, ReturnIdentity identity, SeizureLine line, ReturnLine raw)
            throws SQLException {
        new AppenderRow(appender.get())
                .bigint(lineKeys.nextLine())
                .integer(submissionKey)
                .integer(dateKey(line.seizureDate()))
                .integer(keys.country(identity.reportingIso3()))
                .integer(keys.commodity(line.commodityCode()))
                .integer(keys.unit(line.unitCode()))
                .integer(keys.operation(identity.operationCode()))
                .integer(keys.countryOrNull(line.originIso3()))
                .integer(keys.countryOrNull(line.destinationIso3()))
                .text(line.caseRef())
                .decimal(line.quantity())
                .text(line.unitText())
                .decimal(line.measure() == Measure.MASS_KG ? line.baseQuantity() : null)
                .decimal(line.measure() == Measure.VOLUME_M3 ? line.baseQuantity() : null)
                .decimal(line.measure() == Measure.ITEMS ? line.baseQuantity() : null)
                .text(line.commodityText())
                .text(line.classifiedBy().name())
                .text(line.species())
                .text(line.hsCode())
                .text(display(raw.cell(Field.ORIGIN_COUNTRY)))
                .text(display(raw.cell(Field.DESTINATION_COUNTRY)))
                .text(line.transportMode())
                .text(line.detectionMethod())
                .text(line.concealment())
                .text(line.direction())
                .text(line.location())
                .decimal(line.estimatedValue())
                .text(line.currency())
                .text(line.remarks())
                .text(line.sheet())
                .integer(line.rowNumber())
                .end();
    }

    private static String display(RawCell cell) {
        return cell == null ? null : cell.display();
    }

    private static int dateKey(java.time.LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    @Override
    public void close() throws SQLException {
        appender.close();
    }
}
