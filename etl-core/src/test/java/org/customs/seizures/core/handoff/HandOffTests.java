package org.customs.seizures.core.handoff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class HandOffTests {

    @Test
    void theCallerTakesEveryItemInOrderOnItsOwnThread() throws Exception {
        // given
        Thread caller = Thread.currentThread();
        List<Integer> seen = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        List<Thread> producers = new ArrayList<>();

        // when
        HandOff.<Integer, IOException>run("test-producer", sink -> {
            producers.add(Thread.currentThread());
            emit(sink, 5_000);
        }, item -> {
            seen.add(item);
            threads.add(Thread.currentThread());
        }, IOException.class);

        // then
        assertThat(seen).hasSize(5_000).isSorted().startsWith(1).endsWith(5_000);
        assertThat(threads).containsOnly(caller);
        assertThat(producers).hasSize(1).doesNotContain(caller);
        assertThat(producers.get(0).getName()).isEqualTo("test-producer");
    }

    @Test
    void theCallersOwnExceptionReachesItUnchangedAndStopsTheProducer() throws Exception {
        // given: a producer that would never end by itself
        IllegalStateException own = new IllegalStateException("the caller's own failure");
        CountDownLatch producerEnded = new CountDownLatch(1);
        HandOff.Producer<Integer, IOException> endless = sink -> {
            try {
                for (int n = 1; ; n++) {
                    sink.accept(n);
                }
            } finally {
                producerEnded.countDown();
            }
        };

        // when / then
        assertThatThrownBy(() -> HandOff.run("test-producer", endless, item -> {
            if (item == 700) {
                throw own;
            }
        }, IOException.class)).isSameAs(own);
        assertThat(producerEnded.await(5, TimeUnit.SECONDS)).as("the producer stopped").isTrue();
    }

    @Test
    void theProducersCheckedFailureArrivesAfterTheItemsBeforeIt() {
        // given
        IOException fault = new IOException("broken after item 600");
        List<Integer> seen = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> HandOff.<Integer, IOException>run("test-producer", sink -> {
            emit(sink, 600);
            throw fault;
        }, seen::add, IOException.class)).isSameAs(fault);
        assertThat(seen).hasSize(600).endsWith(600);
    }

    @Test
    void theProducersUncheckedFailureArrivesUnchanged() {
        // given
        IllegalArgumentException defect = new IllegalArgumentException("a defect in the producer");
        List<Integer> seen = new ArrayList<>();

        // when / then
        assertThatThrownBy(() -> HandOff.<Integer, IOException>run("test-producer", sink -> {
            emit(sink, 3);
            throw defect;
        }, seen::add, IOException.class)).isSameAs(defect);
        assertThat(seen).containsExactly(1, 2, 3);
    }

    @Test
    void aProducerOfNothingEndsAtOnce() throws Exception {
        // given
        List<Integer> seen = new ArrayList<>();

        // when
        HandOff.<Integer, IOException>run("test-producer", sink -> { }, seen::add, IOException.class);

        // then
        assertThat(seen).isEmpty();
    }

    private static void emit(Consumer<Integer> sink, int count) {
        for (int n = 1; n <= count; n++) {
            sink.accept(n);
        }
    }
}
