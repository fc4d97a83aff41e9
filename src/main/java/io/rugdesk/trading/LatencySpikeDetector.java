package io.rugdesk.trading;

/**
 * Flags a latency far above the rolling median of the samples before it: more than {@code factor} × median
 * AND more than median + {@code minExtraMillis} (so a 3 ms → 10 ms blip on loopback is not a spike), once at
 * least {@code minSamples} samples exist. Stateless; the caller owns the window. Thread: any.
 */
public record LatencySpikeDetector(int factor, long minExtraMillis, int minSamples) {

    /** 3 × median and median + 100 ms, after 5 samples. */
    public static LatencySpikeDetector defaults() {
        return new LatencySpikeDetector(3, 100, 5);
    }

    /** Whether {@code millis} is a spike against {@code before}, the window without it. */
    public boolean isSpike(long millis, LatencyStats.Snapshot before) {
        if (before.count() < minSamples) {
            return false;
        }
        long median = before.p50();
        return millis > factor * median && millis > median + minExtraMillis;
    }
}
