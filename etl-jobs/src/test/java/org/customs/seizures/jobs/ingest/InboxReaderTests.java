package org.customs.seizures.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxReaderTests {

    @TempDir
    Path inbox;

    @Test
    void smallReturnsAreTakenAFewAtATimeAndABigOneAlone() throws Exception {
        // given: at most three returns and 1,000 bytes per transaction
        List<InboxFile> files = List.of(file("a", 100), file("b", 100), file("c", 100), file("d", 100),
                file("e", 5_000), file("f", 600), file("g", 600));

        // when
        List<List<String>> batches = batches(new InboxReader(files, 3, 1_000));

        // then: a-c (count), d (e would pass the size), e (alone: bigger than the size), f (g would pass it), g
        assertThat(batches).containsExactly(List.of("a", "b", "c"), List.of("d"), List.of("e"), List.of("f"),
                List.of("g"));
    }

    @Test
    void oneReturnPerTransactionTakesThemOneByOne() throws Exception {
        // given
        List<InboxFile> files = List.of(file("a", 10), file("b", 10));

        // when / then
        assertThat(batches(new InboxReader(files, 1, 1_000_000))).containsExactly(List.of("a"), List.of("b"));
    }

    private InboxFile file(String name, int bytes) throws Exception {
        Path path = Files.write(inbox.resolve(name), new byte[bytes]);
        return new InboxFile(path, null, name.charAt(0) - 'a');
    }

    private static List<List<String>> batches(InboxReader reader) {
        List<List<String>> batches = new ArrayList<>();
        for (InboxBatch batch = reader.read(); batch != null; batch = reader.read()) {
            batches.add(batch.files().stream().map(InboxFile::fileName).toList());
        }
        return batches;
    }
}
