package org.customs.seizures.jobs.ingest;

/**
 * What became of one sheet of a return: a row of {@code submission_sheet}.
 *
 * @param kind      seizure, cover or ignored
 * @param headerRow the recognised header row of a seizure sheet, else null
 * @param rows      the sheet's rows read, loaded, rejected and skipped
 * @param note      why a sheet was ignored, else null
 */
record SheetTally(String sheet, String kind, Integer headerRow, RowCounts rows, String note) {

    static SheetTally seizure(String sheet, int headerRow) {
        return new SheetTally(sheet, "seizure", headerRow, RowCounts.none(), null);
    }

    static SheetTally other(String sheet, String why) {
        boolean cover = why != null && why.toLowerCase(java.util.Locale.ROOT).contains("cover");
        return new SheetTally(sheet, cover ? "cover" : "ignored", null, RowCounts.none(), why);
    }
}
