package org.customs.seizures.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application as it ships ({@code etl-jobs/target/seizures.jar}) run in a child JVM, timed from
 * the outside (wall time including start-up), its peak RSS sampled from /proc while it runs.
 */
final class Application {

    private final Path jar;
    private final List<String> jvmOptions;

    Application(Path jar, List<String> jvmOptions) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("no application jar at " + jar.toAbsolutePath()
                    + ": build it with ./mvnw -Pbenchmarks -pl benchmarks -am package -DskipTests, or name it with --app");
        }
        this.jar = jar;
        this.jvmOptions = jvmOptions;
    }

    /** Runs {@code ./seizures ARGS}; fails when the exit code is not 0. */
    Measurement run(String stage, long lines, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        Path log = Files.createTempFile("seizures-", ".log");
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        String pid = String.valueOf(process.pid());
        long peakRss = -1;
        while (process.isAlive()) {
            peakRss = Math.max(peakRss, Memory.peakRssBytes(pid));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.delete(log);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("seizures " + String.join(" ", args) + " exited with "
                    + process.exitValue() + ":\n" + tail(output, 4000));
        }
        summary(output);
        Measurement m = new Measurement(stage, seconds, lines, -1, peakRss);
        System.out.println(m.row());
        return m;
    }

    private static void summary(String output) {
        for (String line : output.split("\n")) {
            if (!line.contains(" INFO ") && !line.contains(" WARN ") && !line.isBlank() && !line.startsWith("\t")) {
                System.out.println("    | " + line);
            }
        }
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : text.substring(text.length() - chars);
    }
}
