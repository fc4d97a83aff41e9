package io.rugdesk.app.gui;

import java.util.function.LongSupplier;

/**
 * Events per second over the last second, in ten 100 ms buckets so the figure moves smoothly and falls to zero
 * when the feed stops. Thread: the domain thread only.
 */
final class EventRate {

    private static final int BUCKETS = 10;
    private static final long BUCKET_MS = 100;

    private final LongSupplier clockMillis;
    private final int[] counts = new int[BUCKETS];
    private long currentBucket = Long.MIN_VALUE;

    EventRate(LongSupplier clockMillis) {
        this.clockMillis = clockMillis;
    }

    void count() {
        advance();
        counts[(int) Math.floorMod(currentBucket, (long) BUCKETS)]++;
    }

    /** Events counted during the last {@value #BUCKETS} buckets (one second). */
    double perSecond() {
        advance();
        int sum = 0;
        for (int count : counts) {
            sum += count;
        }
        return sum;
    }

    private void advance() {
        long bucket = Math.floorDiv(clockMillis.getAsLong(), BUCKET_MS);
        if (currentBucket == Long.MIN_VALUE || bucket - currentBucket >= BUCKETS) {
            java.util.Arrays.fill(counts, 0);
        } else {
            for (long b = currentBucket + 1; b <= bucket; b++) {
                counts[(int) Math.floorMod(b, (long) BUCKETS)] = 0;
            }
        }
        currentBucket = Math.max(currentBucket, bucket);
    }
}
