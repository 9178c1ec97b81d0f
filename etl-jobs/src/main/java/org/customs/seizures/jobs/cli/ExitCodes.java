package org.customs.seizures.jobs.cli;

import org.customs.seizures.jobs.warehouse.WarehouseInUseException;
import picocli.CommandLine;

/** The exit codes of warehouse.md §3, and how failures map onto them. */
public final class ExitCodes {

    public static final int SUCCESS = 0;
    public static final int RUN_FAILED = 1;
    public static final int USAGE = 2;
    public static final int WAREHOUSE_IN_USE = 3;

    private ExitCodes() {
    }

    public static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setExitCodeExceptionMapper(ExitCodes::of)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText(describe(e)));
                    if (!(e instanceof WarehouseInUseException || e instanceof UsageException)) {
                        e.printStackTrace(cmd.getErr());
                    }
                    return of(e);
                });
    }

    static int of(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof WarehouseInUseException) {
                return WAREHOUSE_IN_USE;
            }
            if (t instanceof UsageException) {
                return USAGE;
            }
        }
        return RUN_FAILED;
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    /** Wrong usage or configuration found while running (a missing inbox, an unreadable month...). */
    public static final class UsageException extends RuntimeException {
        public UsageException(String message) {
            super(message);
        }
    }
}
