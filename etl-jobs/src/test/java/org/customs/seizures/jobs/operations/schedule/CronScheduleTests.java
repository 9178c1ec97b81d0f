package org.customs.seizures.jobs.operations.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.customs.seizures.jobs.cli.ExitCodes;
import org.junit.jupiter.api.Test;

class CronScheduleTests {

    @Test
    void theNextFiringOfANightlyScheduleIsTwoInTheMorning() {
        // given
        CronSchedule schedule = CronSchedule.parse("0 0 2 * * *");

        // when
        LocalDateTime next = schedule.nextAfter(LocalDateTime.of(2019, 6, 30, 23, 15));

        // then
        assertThat(next).isEqualTo(LocalDateTime.of(2019, 7, 1, 2, 0));
    }

    @Test
    void aWrongExpressionIsAUsageErrorThatShowsAnExample() {
        // given / when / then
        assertThatThrownBy(() -> CronSchedule.parse("every night"))
                .isInstanceOf(ExitCodes.UsageException.class)
                .hasMessageContaining("'every night'")
                .hasMessageContaining("0 0 2 * * *");
    }

    @Test
    void aStoppedScheduleReturnsSuccessWithoutRunning() {
        // given
        CronSchedule schedule = CronSchedule.parse("0 0 2 * * *");
        AtomicInteger runs = new AtomicInteger();
        schedule.stop();

        // when
        int code = schedule.runUntilStopped("nightly", runs::incrementAndGet);

        // then
        assertThat(code).isZero();
        assertThat(runs).hasValue(0);
    }

    @Test
    void eachFiringRunsTheWorkUntilStopped() throws Exception {
        // given: every second
        CronSchedule schedule = CronSchedule.parse("* * * * * *");
        AtomicInteger runs = new AtomicInteger();

        // when: the second run stops the schedule
        int code = schedule.runUntilStopped("nightly", () -> {
            if (runs.incrementAndGet() == 2) {
                schedule.stop();
            }
            return 0;
        });

        // then
        assertThat(code).isZero();
        assertThat(runs).hasValue(2);
    }
}
