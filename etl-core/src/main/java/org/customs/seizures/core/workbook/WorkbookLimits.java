package org.customs.seizures.core.workbook;

/**
 * The size and safety limits applied when a workbook is opened. The zip limits configure POI's
 * own zip-bomb guard ({@code ZipSecureFile}); they tighten or loosen it deliberately, they never
 * switch it off.
 *
 * @param maxFileBytes    the largest file accepted, checked before the file is opened
 * @param minInflateRatio the smallest compressed/uncompressed ratio a zip entry may have
 *                        (0.01: an entry may expand at most 100 times); must be above 0
 * @param maxEntryBytes   the largest uncompressed size of one zip entry (a sheet's XML)
 * @param maxTextBytes    the largest amount of text POI may extract from one part
 */
public record WorkbookLimits(long maxFileBytes, double minInflateRatio, long maxEntryBytes, long maxTextBytes) {

    public WorkbookLimits {
        if (maxFileBytes <= 0 || maxEntryBytes <= 0 || maxTextBytes <= 0) {
            throw new IllegalArgumentException("workbook limits must be positive");
        }
        if (!(minInflateRatio > 0 && minInflateRatio < 1)) {
            throw new IllegalArgumentException("the minimum inflate ratio must be between 0 and 1 (0 would disable the zip-bomb guard)");
        }
    }

    /**
     * 100 MB files, entries expanding at most 100 times and to at most 2 GiB, 10 MiB of text. A
     * backfill return of a million lines is a 50 MB file whose sheet XML is about 520 MB: it must
     * pass (the sheet is streamed, its size costs no memory); the inflate ratio still refuses bombs.
     */
    public static WorkbookLimits defaults() {
        return new WorkbookLimits(100L * 1024 * 1024, 0.01, 2048L * 1024 * 1024, 10L * 1024 * 1024);
    }

    /** The same limits with another largest file and largest sheet XML. */
    public WorkbookLimits withSizes(long fileBytes, long entryBytes) {
        return new WorkbookLimits(fileBytes, minInflateRatio, entryBytes, maxTextBytes);
    }
}
