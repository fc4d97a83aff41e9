package io.rugdesk.ui;

import java.util.Arrays;
import java.util.function.LongSupplier;
import javax.swing.Timer;

/**
 * Measures how late the EDT runs: a Swing {@link Timer} fires every {@value #PERIOD_MS} ms and records how much
 * later than due each firing came. A late firing means the EDT was busy (painting, a slow listener) for that
 * long, so the maximum is the worst stall a user could feel. Keeps every sample up to {@link #MAX_SAMPLES}.
 * Thread: {@link #start}/{@link #stop} on the EDT; {@link #report} from any thread.
 */
public final class EdtStallMonitor {

    public static final int PERIOD_MS = 10;
    static final int MAX_SAMPLES = 1 << 20;

    private final LongSupplier nanoClock;
    private final Timer timer;
    private long[] latenessNanos = new long[1024];
    private int count;
    private long previousNanos = -1;

    /** The worst and typical EDT lateness in milliseconds over the samples taken. */
    public record Report(int samples, double maxMs, double p50Ms, double p99Ms, double p999Ms) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "EDT stall over %d samples: max %.1f ms, p50 %.2f ms, p99 %.1f ms, p99.9 %.1f ms",
                    samples, maxMs, p50Ms, p99Ms, p999Ms);
        }
    }

    public EdtStallMonitor() {
        this(System::nanoTime);
    }

    EdtStallMonitor(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.timer = new Timer(PERIOD_MS, e -> fired());
        // while the EDT is blocked the missed firings coalesce into one late firing: gap − period is the stall
        timer.setCoalesce(true);
    }

    public void start() {
        previousNanos = -1;
        timer.start();
    }

    public void stop() {
        timer.stop();
    }

    /** Called by the timer on the EDT; visible for tests with a fake clock. */
    void fired() {
        long now = nanoClock.getAsLong();
        if (previousNanos >= 0) {
            record(Math.max(0, now - previousNanos - PERIOD_MS * 1_000_000L));
        }
        previousNanos = now;
    }

    private synchronized void record(long nanos) {
        if (count == MAX_SAMPLES) {
            return;
        }
        if (count == latenessNanos.length) {
            latenessNanos = Arrays.copyOf(latenessNanos, Math.min(MAX_SAMPLES, count * 2));
        }
        latenessNanos[count++] = nanos;
    }

    public synchronized Report report() {
        if (count == 0) {
            return new Report(0, 0, 0, 0, 0);
        }
        long[] sorted = Arrays.copyOf(latenessNanos, count);
        Arrays.sort(sorted);
        return new Report(count, ms(sorted[count - 1]), ms(percentile(sorted, 0.50)), ms(percentile(sorted, 0.99)),
                ms(percentile(sorted, 0.999)));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
