package org.customs.seizures.core.returns;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A {@link ReturnListener} that keeps every call, in order, for assertions. */
final class RecordingListener implements ReturnListener {

    final List<String> events = new ArrayList<>();
    final List<ReturnLine> lines = new ArrayList<>();
    final List<Skip> skips = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    final List<String> unknownColumns = new ArrayList<>();
    final List<String> seizureSheets = new ArrayList<>();
    final List<String> otherSheets = new ArrayList<>();
    ReturnIdentity identity;

    @Override
    public void identified(ReturnIdentity identity) {
        this.identity = identity;
        events.add("identified");
    }

    @Override
    public void seizureSheet(String sheet, int headerRowNumber, Map<Field, String> headers) {
        seizureSheets.add(sheet + "@" + headerRowNumber);
        events.add("seizureSheet " + sheet);
    }

    @Override
    public void otherSheet(String sheet, String why) {
        otherSheets.add(sheet);
        events.add("otherSheet " + sheet);
    }

    @Override
    public void unknownColumn(String sheet, int rowNumber, String column, String header) {
        unknownColumns.add(sheet + "!" + column + rowNumber + "=" + header);
    }

    @Override
    public void line(ReturnLine line) {
        lines.add(line);
        events.add("line " + line.sheet() + "!" + line.rowNumber());
    }

    @Override
    public void skipped(String sheet, int rowNumber, SkipReason reason) {
        skips.add(new Skip(sheet, rowNumber, reason));
        events.add("skipped " + sheet + "!" + rowNumber);
    }

    @Override
    public void warning(String sheet, int rowNumber, String column, String code, String message) {
        warnings.add(new Warning(sheet, rowNumber, column, code, message));
    }

    List<Integer> lineRows() {
        return lines.stream().map(ReturnLine::rowNumber).toList();
    }

    record Skip(String sheet, int rowNumber, SkipReason reason) {
    }

    record Warning(String sheet, int rowNumber, String column, String code, String message) {
    }
}
