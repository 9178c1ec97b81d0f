package org.customs.seizures.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.infrastructure.item.ExecutionContext;

class InboxPartitionerTests {

    @TempDir
    Path inbox;

    @Test
    void filesWithTheSameBytesMeetInOnePartitionInNameOrder() throws Exception {
        // given: the same bytes under two names, among other files
        write("b.xlsx", 100);
        write("a.xlsx", 300);
        Files.copy(inbox.resolve("a.xlsx"), inbox.resolve("z copy of a.xlsx"));
        write("c.xlsx", 200);

        // when
        Map<String, ExecutionContext> partitions = new InboxPartitioner(inbox).partition(2);

        // then
        assertThat(partitions).hasSize(2);
        assertThat(files(partitions)).anySatisfy(files -> assertThat(files).containsExactly("a.xlsx", "z copy of a.xlsx"));
    }

    @Test
    void theBiggestFilesAreSpreadFirstSoThePartitionsCarryAlikeBytes() throws Exception {
        // given
        write("big.xlsx", 1000);
        write("small-1.xlsx", 300);
        write("small-2.xlsx", 301);
        write("small-3.xlsx", 302);

        // when
        List<List<String>> files = files(new InboxPartitioner(inbox).partition(2));

        // then: the big one alone, the small ones together, each list in name order
        assertThat(files).containsExactlyInAnyOrder(List.of("big.xlsx"),
                List.of("small-1.xlsx", "small-2.xlsx", "small-3.xlsx"));
    }

    @Test
    void filesKeepTheirPlaceInTheInboxNameOrderWhicheverPartitionTakesThem() throws Exception {
        // given
        write("FRA_2019-04.xlsx", 10);
        write("FRA_2019-04 resent.xlsx", 20);
        write("DEU_2019-04.xlsx", 30);

        // when
        Map<String, ExecutionContext> partitions = new InboxPartitioner(inbox).partition(3);

        // then: received one microsecond apart from the start of the run, in name order
        List<InboxFile> all = new ArrayList<>();
        partitions.values().forEach(context -> all.addAll(filesOf(context)));
        LocalDateTime started = LocalDateTime.of(2026, 11, 29, 2, 0);
        assertThat(all).extracting(InboxFile::fileName, file -> file.receivedAt(started)).containsExactlyInAnyOrder(
                tuple("DEU_2019-04.xlsx", started),
                tuple("FRA_2019-04 resent.xlsx", started.plusNanos(1_000)),
                tuple("FRA_2019-04.xlsx", started.plusNanos(2_000)));
    }

    @Test
    void thereAreNeverMorePartitionsThanFilesAndAnEmptyInboxHasOneEmptyPartition() throws Exception {
        // given
        Map<String, ExecutionContext> empty = new InboxPartitioner(inbox).partition(4);
        write("only.xlsx", 10);

        // when
        Map<String, ExecutionContext> single = new InboxPartitioner(inbox).partition(4);

        // then
        assertThat(files(empty)).containsExactly(List.of());
        assertThat(files(single)).containsExactly(List.of("only.xlsx"));
    }

    private void write(String name, int bytes) throws Exception {
        Files.write(inbox.resolve(name), new byte[bytes]);
    }

    private static List<List<String>> files(Map<String, ExecutionContext> partitions) {
        return partitions.values().stream()
                .map(context -> filesOf(context).stream().map(InboxFile::fileName).toList())
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<InboxFile> filesOf(ExecutionContext context) {
        return InboxPartitioner.filesOf((List<String>) context.get(InboxPartitioner.FILES),
                (List<Integer>) context.get(InboxPartitioner.ORDINALS));
    }
}
