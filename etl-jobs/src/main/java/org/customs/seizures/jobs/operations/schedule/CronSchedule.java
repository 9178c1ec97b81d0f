package org.customs.seizures.jobs.operations.schedule;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.customs.seizures.jobs.cli.ExitCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.support.CronExpression;
import sun.misc.Signal;

/**
 * {@code nightly --cron "0 0 2 * * *"}: stays running and runs the work at each time the cron
 * expression (Spring's six fields: second minute hour day month weekday) names, logging each
 * outcome. SIGTERM (or {@link #stop()}) ends it cleanly: while waiting it returns at once; during a
 * run it lets the run finish first, then returns 0.
 */
public final class CronSchedule {

    private static final Logger log = LoggerFactory.getLogger(CronSchedule.class);

    private final String text;
    private final CronExpression expression;
    private final CountDownLatch stopped = new CountDownLatch(1);

    private CronSchedule(String text, CronExpression expression) {
        this.text = text;
        this.expression = expression;
    }

    /** Parses the expression; a wrong one is a usage error (exit 2) before anything runs. */
    public static CronSchedule parse(String text) {
        try {
            return new CronSchedule(text, CronExpression.parse(text.trim()));
        } catch (IllegalArgumentException e) {
            throw new ExitCodes.UsageException("--cron '" + text + "' is not a cron expression of six fields "
                    + "(second minute hour day month weekday), e.g. \"0 0 2 * * *\" for 02:00 every day: "
                    + e.getMessage());
        }
    }

    /** The next firing after {@code now}. */
    public LocalDateTime nextAfter(LocalDateTime now) {
        return expression.next(now);
    }

    /** Runs {@code work} at every firing until stopped (SIGTERM); returns the exit code 0. */
    public int runUntilStopped(String name, Callable<Integer> work) {
        Signal.handle(new Signal("TERM"), signal -> {
            log.info("SIGTERM received: {} stops after the current run, if any", name);
            stop();
        });
        log.info("{} scheduled with cron '{}'", name, text);
        while (true) {
            LocalDateTime next = nextAfter(LocalDateTime.now());
            if (next == null) {
                log.info("cron '{}' has no further firing: stopping", text);
                return ExitCodes.SUCCESS;
            }
            log.info("next {} at {}", name, next);
            if (awaitStop(Duration.between(LocalDateTime.now(), next))) {
                log.info("{} schedule stopped", name);
                return ExitCodes.SUCCESS;
            }
            fire(name, work);
        }
    }

    /** Ends {@link #runUntilStopped}: at once when waiting, after the current run otherwise. */
    public void stop() {
        stopped.countDown();
    }

    private boolean awaitStop(Duration wait) {
        try {
            return stopped.await(Math.max(0, wait.toMillis()), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    private static void fire(String name, Callable<Integer> work) {
        long started = System.nanoTime();
        try {
            int code = work.call();
            log.info("{} finished with exit code {} in {} s", name, code, (System.nanoTime() - started) / 1_000_000_000);
        } catch (Exception e) {
            log.error("{} failed: {} (the next firing runs it again; a failed run resumes)", name,
                    e.getMessage() == null ? e.toString() : e.getMessage(), e);
        }
    }
}
