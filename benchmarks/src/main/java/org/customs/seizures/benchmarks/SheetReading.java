package org.customs.seizures.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.TimeUnit;
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

/** Cell decoding on a 20,000-line return: the JDK SAX floor, the sheet handler alone, and reading with validation. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SheetReading {

    private Path file;
    private Pipeline pipeline;

    @Setup
    public void write() throws Exception {
        file = ReturnGenerator.bigReturn(Files.createDirectories(Path.of("benchmarks/work")), "FRA",
                YearMonth.of(2019, 6), 20_000);
        pipeline = new Pipeline();
    }

    @Benchmark
    public long jdkSaxFloor() throws Exception {
        return Floors.saxParse(file);
    }

    @Benchmark
    public long sheetHandlerRows() throws Exception {
        return pipeline.rows(file);
    }

    @Benchmark
    public long readAndValidate() throws Exception {
        return pipeline.readAndValidate(file);
    }
}
