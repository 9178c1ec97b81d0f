package org.customs.seizures.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.AbstractList;
import java.util.List;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.reports.safety.FileTree;

/**
 * {@code readmit}: a return whose every line gives its quantity in a unit the catalogue does not know
 * ({@value #UNKNOWN_UNIT}) is ingested (each line rejected for UNIT_UNKNOWN, its raw cells kept), then the data
 * team's alias {@value #UNKNOWN_UNIT} -> KGM is added and {@code ./seizures reclassify} re-admits them: the mass
 * re-admission after a common spelling was missing from the units for a while.
 */
final class MassReadmission {

    static final String UNKNOWN_UNIT = "kilogrammes du lot";

    private MassReadmission() {
    }

    static void measure(Application application, Path work, int lines, int runs) throws Exception {
        Path folder = Files.createDirectories(work.resolve("readmit-" + lines));
        Path inbox = inbox(folder, lines);
        Path aliases = Files.createDirectories(folder.resolve("aliases"));
        Files.writeString(aliases.resolve("units.csv"), "alias,code\n\"" + UNKNOWN_UNIT + "\",KGM\n");
        System.out.println(Measurement.header());
        for (int run = 1; run <= runs; run++) {
            Path warehouse = folder.resolve("run-" + run + "/warehouse.duckdb");
            FileTree.delete(warehouse.getParent());
            Files.createDirectories(warehouse.getParent());
            application.run("ingest (every line rejected: unknown unit)", lines, "ingest", "--inbox",
                    inbox.toString(), "--warehouse", warehouse.toString());
            application.run("reclassify: alias added, lines re-admitted", lines, "reclassify", "--warehouse",
                    warehouse.toString(), "--aliases", aliases.toString());
        }
    }

    private static Path inbox(Path folder, int lines) throws IOException {
        Path inbox = Files.createDirectories(folder.resolve("inbox"));
        Path file = inbox.resolve("FRA_2019-06.xlsx");
        if (!Files.isRegularFile(file)) {
            List<FixtureLine> lazy = FixtureReturns.lazyLines(lines, "FRA", YearMonth.of(2019, 6), lines);
            List<FixtureLine> unknownUnit = new AbstractList<>() {
                @Override
                public FixtureLine get(int index) {
                    return lazy.get(index).withUnit(UNKNOWN_UNIT);
                }

                @Override
                public int size() {
                    return lazy.size();
                }
            };
            new ReturnWorkbookWriter(LayoutOptions.builder().streaming(true).build())
                    .write(FixtureReturn.of("FRA", YearMonth.of(2019, 6), unknownUnit), file);
        }
        return inbox;
    }
}
