package io.rugdesk.bench;

import io.rugdesk.event.DaemonThreads;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The floor under the arrival → delivery latency: a running thread hands an empty task to a parked thread, at the
 * feed's cadence, and the time until that task starts is measured. A frame crosses one such hand-off (from the
 * socket's reader thread to the domain thread); on a virtual machine whose idle vCPU must be woken, this alone
 * can take milliseconds, so Rugdesk's p99 is read beside it, measured in the same JVM at the same time.
 * Thread: the probe's own timer thread hands over to its own parked thread; results are read from any thread.
 */
final class HandOffFloor implements AutoCloseable {

    final LatencyHistogram latency = new LatencyHistogram();
    private final ScheduledExecutorService handing = Executors.newSingleThreadScheduledExecutor(
            DaemonThreads.named("bench-hand-off-from"));
    private final ExecutorService parked = Executors.newSingleThreadExecutor(DaemonThreads.named("bench-hand-off-to"));

    /** Starts handing over every {@code periodMillis} (a slightly irregular period, as frames arrive). */
    HandOffFloor start(long periodMillis) {
        handing.scheduleWithFixedDelay(() -> {
            long handed = System.nanoTime();
            parked.execute(() -> latency.add(System.nanoTime() - handed));
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
        return this;
    }


    @Override
    public void close() {
        handing.shutdownNow();
        parked.shutdownNow();
    }
}
