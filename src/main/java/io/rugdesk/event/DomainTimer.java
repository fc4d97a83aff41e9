package io.rugdesk.event;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Time for domain code: runs a task once after a delay ({@link #after}) or again and again ({@link #every}),
 * for an order's ACK timeout, a recording's seed grace period, the health check, the snapshot rebuild.
 * Injected like the domain executor (design.md §5), so a test can hand in a manual timer and move time itself.
 *
 * <p>Thread: every task runs on the domain thread. {@link #on} waits on a timer thread and hands each run to
 * the domain executor, never running a task on the timer thread. {@code after} and {@code every} may be called
 * from any thread; in practice domain code calls them on the domain thread.
 */
public interface DomainTimer {

    /**
     * Stops a scheduled task. Closing twice, or after a one-shot task ran, is harmless; closing never throws.
     * A run that was already handed to the domain executor but has not started yet is skipped, so a task
     * closed on the domain thread does not run afterwards.
     */
    @FunctionalInterface
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /** Runs {@code task} once, {@code delay} from now, on the domain thread, unless the handle is closed first. */
    Handle after(Duration delay, Runnable task);

    /**
     * Runs {@code task} every {@code period} (the first run one period from now; a period under 1 ms counts as
     * 1 ms) on the domain thread, until the handle is closed.
     */
    Handle every(Duration period, Runnable task);

    /** Waits on {@code timer}, runs every task on {@code domain} (the domain thread). */
    static DomainTimer on(ScheduledExecutorService timer, Executor domain) {
        Objects.requireNonNull(timer, "timer");
        Objects.requireNonNull(domain, "domain");
        return new DomainTimer() {
            @Override
            public Handle after(Duration delay, Runnable task) {
                return schedule(task, run -> timer.schedule(run, delay.toMillis(), TimeUnit.MILLISECONDS));
            }

            @Override
            public Handle every(Duration period, Runnable task) {
                long millis = Math.max(1, period.toMillis());
                return schedule(task, run -> timer.scheduleAtFixedRate(run, millis, millis, TimeUnit.MILLISECONDS));
            }

            private Handle schedule(Runnable task, Function<Runnable, ScheduledFuture<?>> start) {
                Objects.requireNonNull(task, "task");
                AtomicBoolean closed = new AtomicBoolean();
                ScheduledFuture<?> future = start.apply(() -> domain.execute(() -> {
                    if (!closed.get()) {
                        task.run();
                    }
                }));
                return () -> {
                    closed.set(true);
                    future.cancel(false);
                };
            }
        };
    }
}
