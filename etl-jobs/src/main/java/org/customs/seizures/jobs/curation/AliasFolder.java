package org.customs.seizures.jobs.curation;

import java.nio.file.Path;
import org.customs.seizures.core.curation.AliasOverrideException;
import org.customs.seizures.core.curation.CuratedCatalogues;
import org.customs.seizures.jobs.cli.ExitCodes;

/**
 * The folder of the data team's alias files: {@code seizures.aliases} (environment {@code SEIZURES_ALIASES}),
 * default {@code config/aliases}. See {@code config/aliases/README.md}.
 */
public final class AliasFolder {

    public static final String DEFAULT = "config/aliases";

    private final Path folder;

    public AliasFolder(Path folder) {
        this.folder = folder;
    }

    /** The folder named, else {@code $SEIZURES_ALIASES}, else {@value #DEFAULT}. */
    public static AliasFolder of(Path named) {
        String configured = System.getenv("SEIZURES_ALIASES");
        return new AliasFolder(named != null ? named
                : Path.of(configured != null && !configured.isBlank() ? configured : DEFAULT));
    }

    public Path path() {
        return folder;
    }

    /**
     * The shipped catalogues with this folder's overrides in front.
     *
     * @throws ExitCodes.UsageException (exit 2) when an override file is wrong, naming its file and line
     */
    public CuratedCatalogues catalogues() {
        try {
            return CuratedCatalogues.load(folder);
        } catch (AliasOverrideException e) {
            throw new ExitCodes.UsageException("Alias configuration error: " + e.getMessage());
        }
    }
}
