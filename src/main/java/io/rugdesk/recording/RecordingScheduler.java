package io.rugdesk.recording;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs a task later on the recorder's thread (the seed grace period). Tests pass a manual one for
 * deterministic time; the app uses {@link #onDomain}.
 */
@FunctionalInterface
public interface RecordingScheduler {

    /** A scheduled task that can be cancelled (cancelling after it ran is harmless). */
    @FunctionalInterface
    interface Scheduled {
        void cancel();
    }

    /** Runs {@code task} after {@code delay} on the recorder's thread. */
    Scheduled schedule(Duration delay, Runnable task);

    /** Waits on {@code timer}, then hands the task to {@code domain} (the domain thread) to run it there. */
    static RecordingScheduler onDomain(ScheduledExecutorService timer, Executor domain) {
        return (delay, task) -> {
            ScheduledFuture<?> future =
                    timer.schedule(() -> domain.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> future.cancel(false);
        };
    }
}
