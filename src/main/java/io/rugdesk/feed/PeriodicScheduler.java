package io.rugdesk.feed;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task again and again. Production: {@link #on} a timer that hands each run to the domain executor, so
 * the task runs on the domain thread; tests: a lambda that keeps the task and runs it when the test says.
 */
@FunctionalInterface
public interface PeriodicScheduler {

    /** Runs {@code task} every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable task);

    /** Ticks on {@code timer}, runs the task on {@code domain}. */
    static PeriodicScheduler on(ScheduledExecutorService timer, Executor domain) {
        return (period, task) -> {
            long millis = Math.max(1, period.toMillis());
            ScheduledFuture<?> future = timer.scheduleAtFixedRate(() -> domain.execute(task), millis, millis,
                    TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
