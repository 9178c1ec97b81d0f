package org.customs.seizures.reports.safety;

/** The pid of a process that has run and ended: what a run killed while writing leaves in a temporary's name. */
final class EndedProcess {

    private EndedProcess() {
    }

    static long pid() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return process.pid();
    }
}
