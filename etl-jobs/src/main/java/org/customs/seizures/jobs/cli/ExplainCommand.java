package org.customs.seizures.jobs.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.customs.seizures.core.commodities.HsNomenclature;
import org.customs.seizures.core.curation.TextExplanation;
import org.customs.seizures.jobs.curation.AliasFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ./seizures explain "TEXT"}: how a raw text would be read as a commodity, a unit and a country, and why. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show how a raw text would be classified as a commodity, a unit and a country, and by which rule.")
public class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TEXT", description = "The text as a sender wrote it, e.g. \"raw ivory tusks\".")
    String text;

    @Option(names = "--hs", paramLabel = "CODE", description = "An HS code to classify the commodity with, e.g. 0507.10.")
    String hsCode;

    @Option(names = "--aliases", paramLabel = "DIR",
            description = "Folder of the alias override files (default: $SEIZURES_ALIASES or " + AliasFolder.DEFAULT + ").")
    Path aliases;

    @Override
    public Integer call() {
        TextExplanation explanation = new TextExplanation(AliasFolder.of(aliases).catalogues(),
                HsNomenclature.fromClasspath());
        explanation.explain(text, hsCode).forEach(System.out::println);
        return ExitCodes.SUCCESS;
    }
}
