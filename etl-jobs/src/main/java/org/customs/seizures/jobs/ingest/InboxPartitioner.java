package org.customs.seizures.jobs.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Splits the inbox among the partitions of {@code loadReturnsStep}, which load at the same time, each on
 * its own thread and a batch of returns per transaction ({@link InboxReader}). Files of the same size go to
 * the same partition, in name order: the very same bytes sent twice therefore meet in one partition, the first
 * one loaded and the second recognised as its duplicate, as in a run on one thread. Groups are dealt largest
 * first to the partition with the fewest bytes so far, so a big backfill return does not wait behind the small
 * ones.
 *
 * <p>Each partition's step execution context holds its files and their places in the inbox's name order, so
 * a restarted partition reads the same list again (and the ledger skips what it had committed).
 */
class InboxPartitioner implements Partitioner {

    static final String FILES = "files";
    static final String ORDINALS = "ordinals";

    private final Path inbox;

    InboxPartitioner(Path inbox) {
        this.inbox = inbox;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Path> files = InboxReader.list(inbox);
        Map<Path, Integer> ordinals = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ordinals.put(files.get(i), i);
        }
        List<Share> shares = new ArrayList<>();
        for (int i = 0; i < Math.max(1, Math.min(gridSize, files.size())); i++) {
            shares.add(new Share());
        }
        Map<Long, List<Path>> bySize = new LinkedHashMap<>();
        for (Path file : files) {
            bySize.computeIfAbsent(InboxReader.size(file), s -> new ArrayList<>()).add(file);
        }
        bySize.entrySet().stream()
                .sorted(Map.Entry.<Long, List<Path>>comparingByKey().reversed())
                .forEach(group -> {
                    Share smallest = shares.stream().min(Comparator.comparingLong(s -> s.bytes)).orElseThrow();
                    smallest.files.addAll(group.getValue());
                    smallest.bytes += group.getKey() * group.getValue().size();
                });
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            List<Path> share = shares.get(i).files.stream().sorted().toList();
            ExecutionContext context = new ExecutionContext();
            context.put(FILES, new ArrayList<>(share.stream().map(Path::toString).toList()));
            context.put(ORDINALS, new ArrayList<>(share.stream().map(ordinals::get).toList()));
            partitions.put("partition" + i, context);
        }
        return partitions;
    }

    /** The files of one partition, as its step execution context holds them. */
    static List<InboxFile> filesOf(List<String> paths, List<Integer> ordinals) {
        List<InboxFile> files = new ArrayList<>(paths.size());
        for (int i = 0; i < paths.size(); i++) {
            files.add(new InboxFile(Path.of(paths.get(i)), null, ordinals.get(i)));
        }
        return files;
    }

    private static final class Share {
        private final List<Path> files = new ArrayList<>();
        private long bytes;
    }
}
