package org.customs.seizures.benchmarks;

/** Runs a piece of work once, timed, with the memory peaks reset before it. */
final class Stage {

    @FunctionalInterface
    interface Work {
        /** @return the number of lines (or rows) it handled */
        long run() throws Exception;
    }

    private Stage() {
    }

    static Measurement measure(String name, Work work) throws Exception {
        Memory.resetPeaks();
        long start = System.nanoTime();
        long lines = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        Measurement m = new Measurement(name, seconds, lines, Memory.peakHeapBytes(), Memory.peakRssBytes());
        System.out.println(m.row());
        return m;
    }

    /** The best of {@code runs} runs (the first ones warm the JIT up). */
    static Measurement best(String name, int runs, Work work) throws Exception {
        Measurement best = null;
        for (int i = 0; i < runs; i++) {
            Measurement m = measure(name + " #" + (i + 1), work);
            if (best == null || m.seconds() < best.seconds()) {
                best = m;
            }
        }
        return new Measurement(name, best.seconds(), best.lines(), best.peakHeapBytes(), best.peakRssBytes());
    }
}
