package org.customs.seizures.jobs.curation;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import org.customs.seizures.core.commodities.Classification;
import org.customs.seizures.core.countries.Country;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.core.lines.ClassifiedBy;
import org.customs.seizures.core.lines.Measure;
import org.customs.seizures.core.units.Unit;
import org.customs.seizures.jobs.ingest.DimensionKeys;
import org.customs.seizures.jobs.warehouse.SqlFile;

/**
 * Re-derives the commodity, unit (and measures) and origin/destination of every stored fact line from its raw
 * values ({@code commodity_text} + {@code hs_code}, {@code unit_text}, {@code origin_text},
 * {@code destination_text}) with the current catalogues, and updates the lines whose mapping changed.
 *
 * <p>A raw value the catalogues no longer recognise keeps its current mapping (a line is never dropped here).
 * A new commodity that cannot be measured in the line's unit is not applied: the line keeps its commodity
 * and is counted in {@link Outcome#notApplicable()}.
 */
final class LineRemapping {

    private final CuratedCatalogues catalogues;

    LineRemapping(CuratedCatalogues catalogues) {
        this.catalogues = catalogues;
    }

    Outcome apply(Connection connection, DimensionKeys keys, Moves moves, Clock clock) throws SQLException {
        Tally tally = new Tally();
        try (LineMoves lineMoves = new LineMoves(connection);
             Statement select = connection.createStatement();
             ResultSet rs = select.executeQuery(SqlFile.load("curation/lines_to_reclassify.sql"))) {
            while (rs.next()) {
                remap(StoredLine.of(rs), keys, moves, lineMoves, tally);
            }
            lineMoves.apply();
        }
        ConflictWarnings.Counts conflicts = ConflictWarnings.redo(connection, clock);
        return new Outcome(tally.lines, tally.changed, tally.notApplicable, conflicts);
    }

    private void remap(StoredLine line, DimensionKeys keys, Moves moves, LineMoves lineMoves, Tally tally)
            throws SQLException {
        tally.lines++;
        Unit unit = catalogues.units().resolve(line.unitText())
                .orElseGet(() -> catalogues.units().byCode(line.unitCode()).orElseThrow());
        Classification classification = catalogues.commodities().classify(line.commodityText(), line.hsCode());
        String commodity = classification.commodity().code();
        String classifiedBy = classification.by().name();
        if (classification.by() != ClassifiedBy.UNCLASSIFIED
                && !classification.commodity().measurableIn(unit.measure())) {
            if (!commodity.equals(line.commodityCode())) {
                tally.notApplicable++;
            }
            commodity = line.commodityCode();
            classifiedBy = line.classifiedBy();
        }
        String origin = country(line.originText(), line.originIso3());
        String destination = country(line.destinationText(), line.destinationIso3());
        boolean classificationMoved = !commodity.equals(line.commodityCode()) || !classifiedBy.equals(line.classifiedBy());
        boolean moved = classificationMoved || !unit.code().equals(line.unitCode())
                || !Objects.equals(origin, line.originIso3()) || !Objects.equals(destination, line.destinationIso3());
        if (!moved) {
            return;
        }
        tally.changed++;
        BigDecimal base = BigDecimal.valueOf(line.quantity()).multiply(unit.factorToBase());
        Double mass = unit.measure() == Measure.MASS_KG ? base.doubleValue() : null;
        Double volume = unit.measure() == Measure.VOLUME_M3 ? base.doubleValue() : null;
        Double items = unit.measure() == Measure.ITEMS ? base.doubleValue() : null;
        lineMoves.add(line.lineKey(), keys.commodity(commodity), classifiedBy, keys.unit(unit.code()),
                mass, volume, items, keys.countryOrNull(origin), keys.countryOrNull(destination),
                classificationMoved, classificationMoved ? classification.warning() : null);
        record(moves, "commodity", line.commodityCode(), commodity, mass, volume, items);
        record(moves, "unit", line.unitCode(), unit.code(), mass, volume, items);
        record(moves, "origin", line.originIso3(), origin, mass, volume, items);
        record(moves, "destination", line.destinationIso3(), destination, mass, volume, items);
    }

    private String country(String text, String current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        return catalogues.countries().resolve(text).map(Country::iso3).orElse(current);
    }

    private static void record(Moves moves, String mapping, String oldCode, String newCode, Double mass, Double volume,
                               Double items) {
        if (!Objects.equals(oldCode, newCode)) {
            moves.add(mapping, oldCode, newCode, mass, volume, items);
        }
    }

    /** What the remapping has counted so far. */
    private static final class Tally {
        private int lines;
        private int changed;
        private int notApplicable;
    }

    /**
     * @param lines         lines read
     * @param changed       lines whose mapping changed
     * @param notApplicable lines whose new commodity could not be measured in their unit (left as they were)
     * @param conflicts     COMMODITY_HS_CONFLICT warnings added and withdrawn with the lines' new classifications
     */
    record Outcome(int lines, int changed, int notApplicable, ConflictWarnings.Counts conflicts) {
    }

    private record StoredLine(long lineKey, String commodityText, String hsCode, String unitText, double quantity,
                              String originText, String destinationText, String classifiedBy, String commodityCode,
                              String unitCode, String originIso3, String destinationIso3) {

        static StoredLine of(ResultSet rs) throws SQLException {
            return new StoredLine(rs.getLong("line_key"), rs.getString("commodity_text"), rs.getString("hs_code"),
                    rs.getString("unit_text"), rs.getDouble("quantity"), rs.getString("origin_text"),
                    rs.getString("destination_text"), rs.getString("classified_by"), rs.getString("commodity_code"),
                    rs.getString("unit_code"), rs.getString("origin_iso3"), rs.getString("destination_iso3"));
        }
    }
}
