package org.customs.seizures.jobs.operations.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import org.customs.seizures.core.fixtures.FixtureReturns;
import org.customs.seizures.core.fixtures.Language;
import org.customs.seizures.core.fixtures.LayoutOptions;
import org.customs.seizures.core.fixtures.ReturnWorkbookWriter;
import org.customs.seizures.jobs.SeizuresCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./seizures history} lists each run with its status, files and lines, newest first. */
class HistoryCommandTests {

    @TempDir
    Path work;

    @Test
    void listsEachRunWithItsFilesAndLines() throws Exception {
        // given: a first run of three returns (3 lines each), then a second run with nothing new
        Path inbox = Files.createDirectories(work.resolve("inbox"));
        FixtureReturns fixtures = new FixtureReturns(7);
        ReturnWorkbookWriter writer = new ReturnWorkbookWriter(LayoutOptions.plain());
        writer.writeInto(inbox, fixtures.monthlyReturn("KEN", YearMonth.of(2019, 1), Language.EN, 3));
        writer.writeInto(inbox, fixtures.monthlyReturn("KEN", YearMonth.of(2019, 2), Language.EN, 3));
        writer.writeInto(inbox, fixtures.monthlyReturn("KEN", YearMonth.of(2019, 3), Language.EN, 3));
        String warehouse = work.resolve("warehouse.duckdb").toString();
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse)).isZero();
        assertThat(SeizuresCli.execute("ingest", "--inbox", inbox.toString(), "--warehouse", warehouse)).isZero();

        // when
        String printed = stdout(() -> SeizuresCli.execute("history", "--warehouse", warehouse));

        // then: newest first; both runs examined the three files (several per transaction: files, not
        // transactions, are counted); the first received them and loaded their nine lines
        String[] lines = printed.strip().split("\\R");
        assertThat(lines[0]).contains("status", "files_examined", "files_received", "lines_loaded");
        assertThat(lines).hasSize(5); // header, rule, two runs, count
        assertThat(lines[4]).isEqualTo("(2 rows)");
        assertThat(lines[2]).contains("COMPLETED")
                .matches(".*\\|\\s+3\\s+\\|\\s+0\\s+\\|\\s+0\\s+\\|\\s+0\\s+\\|\\s+0\\s*$");
        assertThat(lines[3]).contains("COMPLETED")
                .matches(".*\\|\\s+3\\s+\\|\\s+3\\s+\\|\\s+0\\s+\\|\\s+9\\s+\\|\\s+0\\s*$");
    }

    private static String stdout(Runnable command) {
        PrintStream previous = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setOut(previous);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
