package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --inbox DIR}, shared by the commands that ingest. */
class InboxOption {

    @Option(names = "--inbox", paramLabel = "DIR", defaultValue = "${env:SEIZURES_INBOX:-data/inbox}",
            description = "Folder of received returns (default: ${DEFAULT-VALUE}).")
    Path inbox;
}
