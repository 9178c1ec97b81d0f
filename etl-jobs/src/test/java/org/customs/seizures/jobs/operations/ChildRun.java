package org.customs.seizures.jobs.operations;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real application ({@code SeizuresCli}) in a child JVM on the test class path, so that a fault
 * test can let it die for real ({@code Runtime.halt} from a fault-injection listener, like
 * {@code kill -9}) and run it again.
 */
final class ChildRun {

    private final Path work;
    private final List<String> properties = new ArrayList<>();

    ChildRun(Path work) {
        this.work = work;
        property("seizures.logs", work.resolve("logs").toString());
    }

    ChildRun property(String name, String value) {
        properties.add("-D" + name + "=" + value);
        return this;
    }

    /** The fault-injection listener named by class, with its own settings as system properties. */
    ChildRun withStepListener(Class<?> listener, Map<String, String> settings) {
        property("seizures.fault-injection.step-listener", listener.getName());
        settings.forEach(this::property);
        return this;
    }

    /** Starts the command line and returns at once. */
    Running start(String... args) throws Exception {
        String name = "run-" + System.nanoTime();
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1"));
        command.addAll(properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.customs.seizures.jobs.SeizuresCli"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("SEIZURES_"));
        return new Running(builder.start(), out, err);
    }

    /** Runs the command line to its end and returns what it did. */
    Result run(String... args) throws Exception {
        return start(args).waitForEnd();
    }

    /** A child run in progress. */
    record Running(Process process, Path out, Path err) {
        Result waitForEnd() throws Exception {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("the child run did not end within two minutes: " + Files.readString(err));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        }
    }

    /** What a finished child run did. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }
}
