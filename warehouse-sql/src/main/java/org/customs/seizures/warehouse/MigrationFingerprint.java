package org.customs.seizures.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of everything a migrate applies: every file of the Flyway locations (versioned and repeatable
 * migrations, seed scripts) and every reference file the seeds read, with their paths. Two builds with the
 * same fingerprint migrate a warehouse to the same state. Empty when a location cannot be listed.
 */
final class MigrationFingerprint {

    /** Changes when the meaning of the fingerprint changes, so that old stamps no longer match. */
    private static final String FORMAT = "warehouse-migration-fingerprint/1";

    private MigrationFingerprint() {
    }

    static Optional<String> of(ClassLoader loader, List<String> locations, List<String> referenceFiles) {
        MessageDigest digest = sha256();
        add(digest, FORMAT.getBytes(StandardCharsets.UTF_8));
        for (String location : locations) {
            Optional<Map<String, byte[]>> files = PackagedFiles.under(loader, location);
            if (files.isEmpty() || files.get().isEmpty()) {
                return Optional.empty(); // Flyway would find what we cannot list: never vouch for it
            }
            add(digest, ("location " + location + " " + files.get().size()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.get().entrySet()) {
                add(digest, file.getKey().getBytes(StandardCharsets.UTF_8));
                add(digest, file.getValue());
            }
        }
        for (String name : referenceFiles) {
            Optional<byte[]> bytes = PackagedFiles.file(loader, name);
            if (bytes.isEmpty()) {
                return Optional.empty();
            }
            add(digest, name.getBytes(StandardCharsets.UTF_8));
            add(digest, bytes.get());
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** Each part with its length first, so that no two different lists of parts give the same bytes. */
    private static void add(MessageDigest digest, byte[] part) {
        digest.update(Integer.toString(part.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(part);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
