package org.customs.seizures.jobs;

import org.customs.seizures.jobs.cli.ExitCodes;
import org.customs.seizures.jobs.cli.ExplainCommand;
import org.customs.seizures.jobs.cli.ExportCommand;
import org.customs.seizures.jobs.cli.IngestCommand;
import org.customs.seizures.jobs.cli.NightlyCommand;
import org.customs.seizures.jobs.cli.SqlCommand;
import org.customs.seizures.jobs.cli.OperationCommand;
import org.customs.seizures.jobs.cli.ReclassifyCommand;
import org.customs.seizures.jobs.cli.StatsCommand;
import org.customs.seizures.jobs.cli.UnmappedCommand;
import org.customs.seizures.jobs.operations.history.HistoryCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code ./seizures}: the command line of operators and data teams. Options are parsed before
 * anything starts, so wrong usage answers at once (exit 2); only the commands that write the
 * warehouse start the Spring Batch application.
 */
@Command(name = "seizures", mixinStandardHelpOptions = true, version = "seizures 0.1.0",
        description = "Customs seizure statistics warehouse: ingest member-state returns, publish statistics.",
        subcommands = {NightlyCommand.class, IngestCommand.class, StatsCommand.class, OperationCommand.class, SqlCommand.class,
                ExportCommand.class, HistoryCommand.class, UnmappedCommand.class, ReclassifyCommand.class, ExplainCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success (rejected lines or files are recorded, not failures)",
                "1:the run failed (it can simply be run again)", "2:wrong usage or configuration",
                "3:the warehouse is in use by another run"})
public final class SeizuresCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Name a command: nightly, ingest, stats, operation, sql, history, unmapped, reclassify, explain or export (--help lists them)");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit code (tests call this rather than main). */
    public static int execute(String... args) {
        return ExitCodes.configure(new CommandLine(new SeizuresCli())).execute(args);
    }
}
