package org.customs.seizures.core.curation;

/** An override file of the data team cannot be used: its message names the file and line, and what to fix. */
public final class AliasOverrideException extends IllegalArgumentException {

    AliasOverrideException(String message) {
        super(message);
    }
}
