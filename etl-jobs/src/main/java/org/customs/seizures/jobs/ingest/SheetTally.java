package org.customs.seizures.jobs.ingest;

import java.util.Map;

/**
 * What became of one sheet of a return: a row of {@code submission_sheet}.
 *
 * @param kind      seizure, cover or ignored
 * @param headerRow the recognised header row of a seizure sheet, else null
 * @param rows      the sheet's rows read, loaded, rejected and skipped
 * @param note      why a sheet was ignored, else null
 * @param headers   a seizure sheet's header of each field it has, by field key ({@code commodity} ->
 *                  {@code Description des marchandises}), else null
 */
record SheetTally(String sheet, String kind, Integer headerRow, RowCounts rows, String note,
                  Map<String, String> headers) {

    static SheetTally seizure(String sheet, int headerRow, Map<String, String> headers) {
        return new SheetTally(sheet, "seizure", headerRow, RowCounts.none(), null, headers);
    }

    static SheetTally other(String sheet, String why) {
        boolean cover = why != null && why.toLowerCase(java.util.Locale.ROOT).contains("cover");
        return new SheetTally(sheet, cover ? "cover" : "ignored", null, RowCounts.none(), why, null);
    }
}
