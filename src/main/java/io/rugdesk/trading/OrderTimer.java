package io.rugdesk.trading;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/** Schedules an order's ACK timeout; injected so tests fire timeouts by hand. */
@FunctionalInterface
public interface OrderTimer {

    /** Runs {@code task} after {@code delayMillis} (on any thread); the returned action cancels it. */
    Runnable schedule(long delayMillis, Runnable task);

    /** A timer on a real scheduler. */
    static OrderTimer using(ScheduledExecutorService scheduler) {
        return (delayMillis, task) -> {
            ScheduledFuture<?> future = scheduler.schedule(task, delayMillis, TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
