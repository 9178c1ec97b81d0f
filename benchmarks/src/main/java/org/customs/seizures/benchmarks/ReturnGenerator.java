package org.customs.seizures.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.customs.seizures.core.fixtures.FixtureLine;
import org.customs.seizures.core.fixtures.FixtureReturn;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;

/**
 * Realistic returns at any size, written by the test fixtures: a big return is streamed (SXSSF,
 * shared strings) from lazily generated lines, so a million-line return needs no memory to write.
 */
final class ReturnGenerator {

    private ReturnGenerator() {
    }

    /** One big return {@code <ISO3>_<YYYY-MM>.xlsx} in {@code folder}, reused when it was already written. */
    static Path bigReturn(Path folder, String iso3, YearMonth period, int lines) throws IOException {
        Path target = folder.resolve(lines + "-lines").resolve(iso3 + "_" + period + ".xlsx");
        if (Files.isRegularFile(target)) {
            return target;
        }
        Files.createDirectories(target.getParent());
        List<FixtureLine> lazy = FixtureReturns.lazyLines(lines, iso3, period, lines);
        long start = System.nanoTime();
        new ReturnWorkbookWriter(LayoutOptions.builder().streaming(true).build())
                .write(FixtureReturn.of(iso3, period, lazy), target);
        System.out.printf("generated %s (%d lines, %.1f MB) in %.1f s%n", target, lines, Files.size(target) / 1048576.0,
                (System.nanoTime() - start) / 1e9);
        return target;
    }

    /** Small monthly returns of varied content (English, French, Spanish) for the nightly workload. */
    static void smallReturns(Path inbox, List<String> countries, List<YearMonth> months, int lines) throws IOException {
        Files.createDirectories(inbox);
        FixtureReturns fixtures = new FixtureReturns(20_240_601);
        Language[] languages = Language.values();
        int i = 0;
        for (YearMonth month : months) {
            for (String iso3 : countries) {
                LayoutOptions layout = LayoutOptions.builder().seed(i).build();
                new ReturnWorkbookWriter(layout).writeInto(inbox,
                        fixtures.monthlyReturn(iso3, month, languages[i % languages.length], lines));
                i++;
            }
        }
    }
}
