package io.rugdesk.trading;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Rolling window of the last {@code capacity} latencies (milliseconds) with nearest-rank percentiles.
 * Thread: domain thread only (not thread-safe).
 */
public final class LatencyStats {

    /** Percentiles of the window at one moment; all zero while it is empty. */
    public record Snapshot(int count, long p50, long p95, long p99, long max) { }

    private final int capacity;
    private final ArrayDeque<Long> window = new ArrayDeque<>();

    public LatencyStats(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
    }

    public void add(long millis) {
        if (window.size() == capacity) {
            window.removeFirst();
        }
        window.addLast(millis);
    }

    public int count() {
        return window.size();
    }

    public Snapshot snapshot() {
        long[] sorted = window.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Snapshot(sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1]);
    }

    /** Nearest-rank percentile: the smallest sample with at least {@code p} % of the window at or below it. */
    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) ((p * (long) sorted.length + 99) / 100); // ceil(p % of n) in integers
        return sorted[Math.max(rank, 1) - 1];
    }
}
