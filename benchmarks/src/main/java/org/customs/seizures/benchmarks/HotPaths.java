package org.customs.seizures.benchmarks;

import java.util.concurrent.TimeUnit;
import org.customs.seizures.core.commodities.CommodityClassifier;
import org.customs.seizures.core.countries.CountryResolver;
import org.customs.seizures.core.dates.SeizureDates;
import org.customs.seizures.core.numbers.TextNumber;
import org.customs.seizures.core.text.FoldedText;
import org.customs.seizures.core.units.UnitCatalogue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The per-cell hot paths of validation: folding, alias look-ups, numbers and dates typed as text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class HotPaths {

    private CommodityClassifier commodities;
    private CountryResolver countries;
    private UnitCatalogue units;

    @Setup
    public void load() {
        commodities = CommodityClassifier.fromClasspath();
        countries = CountryResolver.fromClasspath();
        units = UnitCatalogue.fromClasspath();
    }

    @Benchmark
    public String foldAccentedText() {
        return FoldedText.fold("  Défenses d'Éléphant — IVOIRE brut ");
    }

    @Benchmark
    public Object classifyCommodityAlias() {
        return commodities.classify("Ivoire brut (défenses)", null);
    }

    @Benchmark
    public Object resolveCountryName() {
        return countries.resolve("République-Unie de Tanzanie");
    }

    @Benchmark
    public Object resolveUnitAlias() {
        return units.resolve("kgs");
    }

    @Benchmark
    public Object parseNumberWithThousands() {
        return TextNumber.parse("1 234 567,89", ',');
    }

    @Benchmark
    public Object parseTextDate() {
        return SeizureDates.fromText("14 févr. 2019", false);
    }
}
