package org.customs.seizures.jobs.curation;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.jobs.ingest.DimensionKeys;
import org.customs.seizures.warehouse.StatisticsMart;

/**
 * {@code ./seizures reclassify}: with the current catalogues (shipped rows and the data team's overrides),
 * re-derives the mappings of every stored line from its raw values and re-admits the lines rejected only for
 * an unknown unit or country, in ONE transaction: either everything moves or nothing does. Nothing is read
 * from the original files.
 */
public final class Reclassification {

    private final CuratedCatalogues catalogues;
    private final Clock clock;

    public Reclassification(CuratedCatalogues catalogues, Clock clock) {
        this.catalogues = catalogues;
        this.clock = clock;
    }

    public Result run(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            DimensionKeys keys = DimensionKeys.read(connection);
            Moves moves = new Moves();
            LineRemapping.Outcome remapped = new LineRemapping(catalogues).apply(connection, keys, moves, clock);
            int readmitted = new Readmission(catalogues, clock).apply(connection, keys, moves);
            StatisticsMart.refresh(connection); // v_monthly_yoy moves with the lines, in the same transaction
            connection.commit();
            return new Result(remapped.lines(), remapped.changed(), remapped.notApplicable(), readmitted,
                    remapped.conflicts().added(), remapped.conflicts().withdrawn(), moves);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * @param lines         stored lines examined
     * @param changed       lines whose commodity, unit or country changed
     * @param notApplicable lines left as they were because the new commodity cannot be measured in their unit
     * @param readmitted    rejected lines admitted as facts
     * @param conflictsAdded     remapped lines whose commodity text and HS code now point to different domains
     *                           (a COMMODITY_HS_CONFLICT warning written)
     * @param conflictsWithdrawn remapped lines whose conflict warning went, text and HS code now agreeing
     * @param moves         what moved, per old and new code
     */
    public record Result(int lines, int changed, int notApplicable, int readmitted, int conflictsAdded,
                         int conflictsWithdrawn, Moves moves) {
    }
}
