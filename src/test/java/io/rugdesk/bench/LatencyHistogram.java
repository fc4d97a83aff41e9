package io.rugdesk.bench;

import java.util.Arrays;

/**
 * Latencies in nanoseconds, kept whole (a run holds at most a few hundred thousand) so percentiles are exact.
 * Thread: written by one thread (the domain thread), read after the run.
 */
final class LatencyHistogram {

    private long[] values = new long[1 << 12];
    private int size;

    synchronized void add(long nanos) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** How many values exceed {@code nanos}. */
    synchronized int countOver(long nanos) {
        int over = 0;
        for (int i = 0; i < size; i++) {
            if (values[i] > nanos) {
                over++;
            }
        }
        return over;
    }

    /** The {@code p}-th percentile (0–100) in microseconds. */
    synchronized double percentileMicros(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        int index = (int) Math.min(size - 1, Math.max(0, Math.ceil(p / 100.0 * size) - 1));
        return sorted[index] / 1_000.0;
    }

    void addAll(LatencyHistogram other) {
        long[] copy;
        int n;
        synchronized (other) {
            copy = other.values;
            n = other.size;
        }
        for (int i = 0; i < n; i++) {
            add(copy[i]);
        }
    }
}
